"""Reading documents aloud to parties: the scripts (the printed wording), the record of
each reading, and what the agreement and the service address form print of it."""
