"""How long the photo analysis takes on a 12-megapixel photo, against just decoding the same file.

The photo is the public-domain NASA portrait that scikit-image's wheel ships, enlarged to
4000×3000 inside a plain frame (so the face detector has a real face to find), saved as JPEG and
as PNG. "Decode" is Pillow opening the file and decoding every pixel, the least any program that
looks at the photo must do. "Analyse" is ``analyze_photo``: size, faces, framing, light, focus.
JPEG analysis decodes a reduced grey image (DCT scaling), so it can beat a full decode; PNG has
no such shortcut. Times are the best of a few rounds; the first (cold) analysis, which also loads
the face model, is reported apart.

Run: ``python -m bench.bench_photo`` from the repository root.
"""

from __future__ import annotations

import importlib.util
import tempfile
import time
from pathlib import Path

from PIL import Image

from bench.timing import best_seconds
from preflight.core.photo import analyze_photo
from preflight.core.settings import PhotoSettings

SIZE = (4000, 3000)
ROUNDS = 5


def _portrait() -> Image.Image:
    spec = importlib.util.find_spec("skimage")
    if spec is None or spec.origin is None:
        raise SystemExit("bench_photo needs scikit-image (a dev dependency) for its portrait")
    with Image.open(Path(spec.origin).parent / "data" / "astronaut.png") as image:
        return image.convert("RGB")


def make_photo(folder: Path, suffix: str) -> Path:
    """A 12-megapixel photo of a person, head and shoulders filling most of the height."""
    frame = Image.new("RGB", SIZE, (205, 200, 190))
    person = _portrait().crop((60, 0, 390, 330)).resize((2900, 2900), Image.Resampling.BICUBIC)
    frame.paste(person, ((SIZE[0] - 2900) // 2, 100))
    path = folder / f"photo{suffix}"
    if suffix == ".jpg":
        frame.save(path, quality=90)
    else:
        frame.save(path, compress_level=6)
    return path


def decode(path: Path) -> None:
    """Opens the file and decodes every pixel."""
    with Image.open(path) as image:
        image.load()


def main() -> None:
    """Prints decode time, analysis time and their ratio for a 12 MP JPEG and PNG."""
    settings = PhotoSettings()
    print(f"{'file':<6} {'MB':>5} {'decode':>9} {'analyse':>9} {'cold':>9} {'ratio':>6}  faces")
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in (".jpg", ".png"):
            path = make_photo(Path(tmp), suffix)
            start = time.perf_counter()
            analysis = analyze_photo(path, settings)
            cold = time.perf_counter() - start
            decoded = best_seconds(lambda path=path: decode(path), ROUNDS)
            analysed = best_seconds(lambda path=path: analyze_photo(path, settings), ROUNDS)
            megabytes = path.stat().st_size / 1e6
            times = f"{decoded * 1e3:7.0f}ms {analysed * 1e3:7.0f}ms {cold * 1e3:7.0f}ms"
            print(
                f"{suffix[1:]:<6} {megabytes:5.1f} {times} {analysed / decoded:6.2f}"
                f"  {len(analysis.faces)}"
            )


if __name__ == "__main__":
    main()
