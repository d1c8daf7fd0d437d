"""Who is who inside one article: pronouns and descriptions resolved to the entities they designate."""
