"""The plain data each document is made from: frozen dataclasses, no behaviour beyond
derived properties, no import of the services.

The services read the database, apply the rules (who is owed what, which issuer sends
a notice, whether a clause accelerates the debt) and hand the documents these values;
their own dto modules re-export the ones they share with the UI, so a view and a
document read the same class. One module per document family.
"""
