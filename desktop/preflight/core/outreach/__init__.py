"""InMail outreach: plans and credits, the local log of sends and answers, what works for you."""
