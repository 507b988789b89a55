// generated from framework-data/organisations.yaml; do not edit; run npm run generate (.ci/generate-programme.ts)

/** The as-at date of framework-data/organisations.yaml. */
export const allianceNamesAsAt = "2026-12-04";

/** Each Cancer Alliance of framework-data/organisations.yaml: its id, its names (name, then ONS names) and its dates. */
export const allianceNames: readonly { readonly id: string; readonly names: readonly string[]; readonly validFrom: string; readonly validTo?: string }[] = [
  {
    "id": "cheshire-and-merseyside",
    "names": [
      "Cheshire and Merseyside Cancer Alliance",
      "Cheshire and Merseyside"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "greater-manchester",
    "names": [
      "Greater Manchester Cancer Alliance",
      "Greater Manchester"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "lancashire-and-south-cumbria",
    "names": [
      "Lancashire and South Cumbria Cancer Alliance",
      "Lancashire and South Cumbria"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "northern",
    "names": [
      "Northern Cancer Alliance",
      "Northern"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "humber-and-north-yorkshire",
    "names": [
      "Humber and North Yorkshire Cancer Alliance",
      "Humber, Coast and Vale",
      "Humber and North Yorkshire"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "west-yorkshire-and-harrogate",
    "names": [
      "West Yorkshire and Harrogate Cancer Alliance",
      "West Yorkshire and Harrogate"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "south-yorkshire-and-bassetlaw",
    "names": [
      "South Yorkshire and Bassetlaw Cancer Alliance",
      "South Yorkshire and Bassetlaw"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "west-midlands",
    "names": [
      "West Midlands Cancer Alliance",
      "West Midlands"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "east-midlands",
    "names": [
      "East Midlands Cancer Alliance",
      "East Midlands"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "east-of-england-north",
    "names": [
      "East of England - North Cancer Alliance",
      "East of England - North",
      "East of England - North"
    ],
    "validFrom": "2020-04-01",
    "validTo": "2024-03-31"
  },
  {
    "id": "east-of-england-south",
    "names": [
      "East of England - South Cancer Alliance",
      "East of England - South",
      "East of England - South"
    ],
    "validFrom": "2020-04-01",
    "validTo": "2024-03-31"
  },
  {
    "id": "east-of-england",
    "names": [
      "East of England Cancer Alliance",
      "East of England"
    ],
    "validFrom": "2024-04-01"
  },
  {
    "id": "north-central-london",
    "names": [
      "North Central London Cancer Alliance",
      "North Central London"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "north-east-london",
    "names": [
      "North East London Cancer Alliance",
      "North East London"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "south-east-london",
    "names": [
      "South East London Cancer Alliance",
      "South East London"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "rm-partners-west-london",
    "names": [
      "RM Partners (West London Cancer Alliance)",
      "West London"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "kent-and-medway",
    "names": [
      "Kent and Medway Cancer Alliance",
      "Kent and Medway"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "surrey-and-sussex",
    "names": [
      "Surrey and Sussex Cancer Alliance",
      "Surrey and Sussex"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "thames-valley",
    "names": [
      "Thames Valley Cancer Alliance",
      "Thames Valley"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "wessex",
    "names": [
      "Wessex Cancer Alliance",
      "Wessex"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "peninsula",
    "names": [
      "Peninsula Cancer Alliance",
      "Peninsula"
    ],
    "validFrom": "2020-04-01"
  },
  {
    "id": "swag",
    "names": [
      "Somerset, Wiltshire, Avon and Gloucestershire (SWAG) Cancer Alliance",
      "Somerset, Wiltshire, Avon and Gloucestershire"
    ],
    "validFrom": "2020-04-01"
  }
];
