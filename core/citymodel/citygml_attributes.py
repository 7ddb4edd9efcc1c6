"""CityGML attributes (1.0, 2.0, 3.0) by local name: core attributes typed, codes kept as text,
generic attributes typed by their kind, the first address (xAL 2.0 and xAL 3)."""

from lxml import etree

GENERIC_TYPES = {
    "stringAttribute": str, "StringAttribute": str,
    "intAttribute": int, "IntAttribute": int,
    "doubleAttribute": float, "DoubleAttribute": float,
    "measureAttribute": float, "MeasureAttribute": float,
    "dateAttribute": str, "DateAttribute": str,
    "uriAttribute": str, "UriAttribute": str,
    "codeAttribute": str, "CodeAttribute": str,
}


_LOCAL_NAMES = {}  # tag → local name: a few dozen tags per file, looked up thousands of times per tile
_LOCAL_NAMES_MAX = 10_000  # a file with endless distinct tags must not grow it without bound


def local_name(tag):
    name = _LOCAL_NAMES.get(tag)
    if name is None:
        if not isinstance(tag, str):  # comments and processing instructions
            return None
        name = tag.rsplit("}", 1)[-1]
        if len(_LOCAL_NAMES) < _LOCAL_NAMES_MAX:
            _LOCAL_NAMES[tag] = name
    return name


def _typed(converter, text):
    try:
        return converter(text)
    except (TypeError, ValueError):
        return text


def read_attribute(child, name, record):
    """Core, address and generic attributes of CityGML 1.0–3.0 into the record (by local name)."""
    text = (child.text or "").strip()
    attributes = record.attributes
    if name == "function":
        attributes.setdefault("function", text)
    elif name == "usage":
        attributes.setdefault("usage", text)
    elif name == "roofType":
        attributes.setdefault("roof_type", text)
    elif name == "measuredHeight":
        attributes["measured_height"] = _typed(float, text)
    elif name in ("storeysAboveGround", "storeysBelowGround"):
        key = "storeys_above_ground" if name == "storeysAboveGround" else "storeys_below_ground"
        attributes[key] = _typed(int, text)
    elif name == "yearOfConstruction":
        attributes["year_of_construction"] = _typed(int, text[:4])
    elif name == "dateOfConstruction":
        attributes["year_of_construction"] = _typed(int, text[:4])
    elif name == "height":  # CityGML 3.0 con:height/con:Height
        value = child.find(".//{*}value")
        if value is not None and "measured_height" not in attributes:
            attributes["measured_height"] = _typed(float, (value.text or "").strip())
            for reference in ("highReference", "lowReference"):
                found = child.find(".//{*}" + reference)
                if found is not None:
                    record.generic["height_" + reference] = (found.text or "").strip()
    elif name == "name":
        attributes.setdefault("name", text)
    elif name == "address":
        if not record.address:
            record.address = read_address(child)
    elif name in GENERIC_TYPES:
        record.generic[child.get("name") or name] = _generic_value(child, GENERIC_TYPES[name])
    elif name == "genericAttribute":  # 3.0: genericAttribute/gen:StringAttribute/{gen:name, gen:value}
        for inner in child.iterchildren(tag=etree.Element):
            read_generic_v3(inner, record.generic)
    elif name == "genericAttributeSet":
        prefix = child.get("name") or "set"
        for inner in child.iterchildren(tag=etree.Element):
            inner_name = local_name(inner.tag)
            if inner_name in GENERIC_TYPES:
                key = "{}.{}".format(prefix, inner.get("name") or inner_name)
                record.generic[key] = _generic_value(inner, GENERIC_TYPES[inner_name])
    elif name in ("creationDate", "class", "lod", "description") and text:
        record.generic[name] = _typed(int, text) if name == "lod" else text


def _generic_value(element, converter):
    value = element.find("{*}value")
    text = (value.text if value is not None else element.text) or ""
    return _typed(converter, text.strip())


def read_generic_v3(element, target):
    kind = local_name(element.tag)
    name_element = element.find("{*}name")
    name = (name_element.text or "").strip() if name_element is not None else kind
    if kind == "GenericAttributeSet":
        for inner in element.iterchildren(tag=etree.Element):
            if local_name(inner.tag) == "value":
                for nested in inner.iterchildren(tag=etree.Element):
                    nested_target = {}
                    read_generic_v3(nested, nested_target)
                    for key, value in nested_target.items():
                        target["{}.{}".format(name, key)] = value
        return
    target[name] = _generic_value(element, GENERIC_TYPES.get(kind, str))


def read_address(element):
    """First address as street, house_number, postal_code, locality (xAL 2.0 and xAL 3)."""
    address = {}
    for node in element.iter(tag=etree.Element):
        name = local_name(node.tag)
        parent = local_name(node.getparent().tag) if node.getparent() is not None else None
        text = (node.text or "").strip()
        if not text:
            continue
        if name == "ThoroughfareName" or (name == "NameElement" and parent == "Thoroughfare"):
            address.setdefault("street", text)
        elif name == "ThoroughfareNumber" or (name == "Number" and parent == "Thoroughfare"):
            address.setdefault("house_number", text)
        elif name == "PostalCodeNumber" or (name == "Identifier" and parent == "PostCode"):
            address.setdefault("postal_code", text)
        elif name == "LocalityName" or (name == "NameElement" and parent == "Locality"):
            address.setdefault("locality", text)
    return address
