"""The PDF's XMP metadata packet: title, author, subject, language, creator tool."""

from __future__ import annotations

from xml.sax.saxutils import escape


def xmp_packet(
    *, title: str, author: str, subject: str, language: str, creator_tool: str, producer: str
) -> bytes:
    """An XMP packet (Dublin Core, XMP and PDF schemas) as UTF-8 bytes."""

    def alt(text: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt>'

    author_xml = f"<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>"
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        "<dc:format>application/pdf</dc:format>"
        f"<dc:title>{alt(title)}</dc:title>"
        + (author_xml if author else "")
        + f"<dc:description>{alt(subject)}</dc:description>"
        f"<dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag></dc:language>"
        f"<xmp:CreatorTool>{escape(creator_tool)}</xmp:CreatorTool>"
        f"<pdf:Producer>{escape(producer)}</pdf:Producer>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )
    return packet.encode("utf-8")
