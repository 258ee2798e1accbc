"""Foundation: what rich text may be stored at all. Every rich text field and stream block is
cleaned on save, whatever wrote it; link filters for templates. Imports no other ispolkom app."""
