#!/usr/bin/env python3
"""Write a realistic, made-up sample frame CSV (contract §3) for trying and measuring the frame import.

Shares follow published figures of Dutch newcomer studies (the Maastricht and Utrecht populations; DUO's national mailing had
64,594 people). Status and learning-route shares are not in those sources and are assumed (see SHARES).
Deterministic: the same --seed and --rows give the same file byte for byte.

    scripts/generate-frame.py                       # 65,000 rows, comma, to stdout
    scripts/generate-frame.py --rows 500 --excel -o frame.csv   # semicolon + byte-order mark, CRLF, like Excel
"""
import argparse
import csv
import random
import sys

# (value, weight) per attribute; weights need not add up to 100.
SHARES = {
    "gender": [("man", 52), ("vrouw", 47.4), ("X", 0.3), ("", 0.3)],
    "age_band": [("18-30", 49), ("30-40", 27), ("40-50", 14), ("50-60", 8), ("60+", 3)],
    "country_of_birth": [("Syrië", 40), ("Marokko", 8), ("Afghanistan", 7), ("Eritrea", 6), ("Turkije", 6),
                         ("Jemen", 5), ("Irak", 5), ("Iran", 5), ("Rusland", 4), ("Somalië", 3),
                         ("Ethiopië", 2), ("Oekraïne", 2), ("overig", 7)],
    # Assumed: most people in the integration duty came as asylum status holders.
    "status": [("asylum status holder", 62), ("family migrant", 30), ("other", 8)],
    # Assumed: B1 is the standard route; some do not know theirs (empty).
    "learning_route": [("B1", 68), ("education", 9), ("Z-route", 19), ("", 4)],
    "municipality": [("Amsterdam", 12), ("Rotterdam", 10), ("Den Haag", 8), ("Utrecht", 5), ("Eindhoven", 3),
                     ("Tilburg", 3), ("Groningen", 3), ("Nijmegen", 2), ("Maastricht", 2), ("Heerlen", 1),
                     ("Arnhem", 2), ("Zwolle", 2), ("Almere", 2), ("Breda", 2), ("Leeuwarden", 2),
                     ("azc (asylum-seeker centre)", 6), ("overig", 35)],
}
LETTER_LANGUAGE = {"Syrië": "ar", "Marokko": "ar", "Jemen": "ar", "Irak": "ar", "Afghanistan": "fa", "Iran": "fa",
                   "Eritrea": "ti", "Ethiopië": "ti", "Turkije": "tr", "Somalië": "en", "Rusland": "en",
                   "Oekraïne": "en", "overig": "nl"}
FIRST_NAMES = {"ar": ["Amal", "Mohammed", "Fatima", "Ahmad", "Rania", "Omar", "Layla", "Youssef", "Hiba", "Khaled"],
               "fa": ["Zahra", "Ali", "Maryam", "Reza", "Fatemeh", "Hossein", "Shirin", "Mahmoud"],
               "ti": ["Yonas", "Selam", "Tesfay", "Helen", "Dawit", "Senait", "Mulu", "Filmon"],
               "tr": ["Ayşe", "Mehmet", "Elif", "Mustafa", "Zeynep", "Emre", "Hatice"],
               "en": ["Anna", "Ivan", "Hodan", "Abdi", "Olena", "Dmytro", "Amina"],
               "nl": ["Maria", "José", "Grace", "Samuel", "Lucía", "Chen"]}
FAMILY_NAMES = {"ar": ["Haddad", "Al-Khatib", "El Amrani", "Hassan", "Al Masri", "Benali", "Saleh"],
                "fa": ["Ahmadi", "Hosseini", "Rahimi", "Karimi", "Sadeghi"],
                "ti": ["Tesfamariam", "Gebremedhin", "Haile", "Berhane", "Kidane"],
                "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk"],
                "en": ["Petrova", "Shevchenko", "Mohamed", "Farah", "Ivanov"],
                "nl": ["Santos", "García", "Okafor", "Wang", "de Vries"]}
STREETS = ["Kerkstraat", "Molenweg", "Stationsplein", "Julianalaan", "Markt", "Dorpsstraat", "Schoolstraat",
           "Beatrixlaan", "Spoorlaan", "Van Goghstraat", "Rijnkade", "Brink"]
HEADER = ["ref", "name", "street", "postcode", "city", "email", "phone", "letter_language",
          "status", "country_of_birth", "gender", "age_band", "learning_route", "arrival_year", "municipality"]


def pick(rng, shares):
    values, weights = zip(*shares)
    return rng.choices(values, weights)[0]


def person(rng, ref):
    country = pick(rng, SHARES["country_of_birth"])
    language = LETTER_LANGUAGE[country]
    first, family = rng.choice(FIRST_NAMES[language]), rng.choice(FAMILY_NAMES[language])
    municipality = pick(rng, SHARES["municipality"])
    city = "Budel" if municipality.startswith("azc") else "Ede" if municipality == "overig" else municipality
    letters = rng.choice([a + b for a in "ABCDEGHJKLMNPRTVWXZ" for b in "ABCDEGHJKLMNPRTVWXZ"])
    return {
        "ref": ref,
        # Some suppliers write "family, first": a comma the CSV must quote.
        "name": f"{family}, {first}" if rng.random() < 0.1 else f"{first} {family}",
        "street": f"{rng.choice(STREETS)} {rng.randint(1, 250)}",
        "postcode": f"{rng.randint(1000, 9999)}{' ' if rng.random() < 0.7 else ''}{letters}",
        "city": city,
        # Utrecht had an e-mail address for 896 of 1,231 people (73%).
        "email": (f"{first}.{family}{rng.randint(1, 999)}@example.nl".lower().replace(" ", "")
                  if rng.random() < 0.73 else ""),
        "phone": f"06{rng.randint(10_000_000, 99_999_999)}" if rng.random() < 0.6 else "",
        "letter_language": language,
        "status": pick(rng, SHARES["status"]),
        "country_of_birth": country,
        "gender": pick(rng, SHARES["gender"]),
        "age_band": pick(rng, SHARES["age_band"]),
        "learning_route": pick(rng, SHARES["learning_route"]),
        "arrival_year": str(rng.randint(2019, 2025)),
        "municipality": municipality,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=65_000, help="number of people (default 65,000)")
    parser.add_argument("--seed", type=int, default=2025, help="random seed (default 2025)")
    parser.add_argument("--excel", action="store_true",
                        help="like Excel's Dutch 'CSV UTF-8' export: semicolons, byte-order mark, CRLF")
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    # Pseudonymous keys as a supplier makes them: unique, in no meaningful order.
    refs = rng.sample(range(10_000_000, 99_999_999), args.rows)
    if args.output:
        out = open(args.output, "w", encoding="utf-8", newline="")
    else:
        out = sys.stdout
        out.reconfigure(encoding="utf-8", newline="")
    if args.excel:
        out.write("\ufeff")
    writer = csv.DictWriter(out, HEADER, delimiter=";" if args.excel else ",",
                            lineterminator="\r\n" if args.excel else "\n")
    writer.writeheader()
    for ref in refs:
        writer.writerow(person(rng, f"P{ref}"))
    if args.output:
        out.close()


if __name__ == "__main__":
    main()
