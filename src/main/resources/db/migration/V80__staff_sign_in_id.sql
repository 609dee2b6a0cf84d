-- Single sign-on (docs/adr/0060): the value of the identity provider's claim that names this member
-- of staff (for example a Microsoft Entra ID object id), when it is not simply their username.
ALTER TABLE access_staff ADD COLUMN sign_in_id text UNIQUE;
