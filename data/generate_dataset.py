#!/usr/bin/env python3
"""Writes a synthetic nastavdoc dataset (docs/dataset.md) of any size, for tests and benchmarks.

    generate_dataset.py --people 10000 --seed 1 -o /tmp/big.json

The result is valid against data/schema.json and the domain rules of `nastavdoc check`:
every ID unique and every reference resolved, every participant with a pd_processing consent
signed before their pair starts (a minor's by a legal representative), order numbers unique
within a calendar year, pairs inside the program period, valid ИНН/ОГРН/КПП.
The same --people and --seed give the same bytes. Standard library only (Python 3.6+).

The organization is a college (СПО). --people is the exact number of entries in people[]:
about 10 % staff, 2 % employer specialists, the rest students and the parents of the minors.
Every student takes part (adult seniors as mentors, the others as mentees); pairs and groups run
over three academic years, and ORD-04 orders list at most 200 pairs each.
"""
import argparse
import datetime
import json
import random
import sys

D = datetime.date

# --------------------------------------------------------------------------- names
# male first name -> (male patronymic, female patronymic)
MALE = {
    "Александр": ("Александрович", "Александровна"), "Алексей": ("Алексеевич", "Алексеевна"),
    "Андрей": ("Андреевич", "Андреевна"), "Антон": ("Антонович", "Антоновна"), "Артём": ("Артёмович", "Артёмовна"),
    "Богдан": ("Богданович", "Богдановна"), "Вадим": ("Вадимович", "Вадимовна"), "Василий": ("Васильевич", "Васильевна"),
    "Виктор": ("Викторович", "Викторовна"), "Виталий": ("Витальевич", "Витальевна"),
    "Владимир": ("Владимирович", "Владимировна"), "Владислав": ("Владиславович", "Владиславовна"),
    "Глеб": ("Глебович", "Глебовна"), "Григорий": ("Григорьевич", "Григорьевна"), "Даниил": ("Даниилович", "Данииловна"),
    "Денис": ("Денисович", "Денисовна"), "Дмитрий": ("Дмитриевич", "Дмитриевна"), "Евгений": ("Евгеньевич", "Евгеньевна"),
    "Егор": ("Егорович", "Егоровна"), "Иван": ("Иванович", "Ивановна"), "Игорь": ("Игоревич", "Игоревна"),
    "Илья": ("Ильич", "Ильинична"), "Кирилл": ("Кириллович", "Кирилловна"),
    "Константин": ("Константинович", "Константиновна"), "Кузьма": ("Кузьмич", "Кузьминична"), "Лев": ("Львович", "Львовна"),
    "Леонид": ("Леонидович", "Леонидовна"), "Максим": ("Максимович", "Максимовна"), "Матвей": ("Матвеевич", "Матвеевна"),
    "Михаил": ("Михайлович", "Михайловна"), "Никита": ("Никитич", "Никитична"), "Николай": ("Николаевич", "Николаевна"),
    "Олег": ("Олегович", "Олеговна"), "Павел": ("Павлович", "Павловна"), "Пётр": ("Петрович", "Петровна"),
    "Роман": ("Романович", "Романовна"), "Руслан": ("Русланович", "Руслановна"), "Сергей": ("Сергеевич", "Сергеевна"),
    "Станислав": ("Станиславович", "Станиславовна"), "Степан": ("Степанович", "Степановна"),
    "Тимофей": ("Тимофеевич", "Тимофеевна"), "Фёдор": ("Фёдорович", "Фёдоровна"), "Фома": ("Фомич", "Фоминична"),
    "Юрий": ("Юрьевич", "Юрьевна"), "Ярослав": ("Ярославович", "Ярославовна"), "Эльдар": ("Эльдарович", "Эльдаровна"),
    "Рустем": ("Рустемович", "Рустемовна"), "Энвер": ("Энверович", "Энверовна"), "Айдер": ("Айдерович", "Айдеровна"),
    "Ринат": ("Ринатович", "Ринатовна"), "Тимур": ("Тимурович", "Тимуровна"), "Арсен": ("Арсенович", "Арсеновна"),
}
MALE_NAMES = sorted(MALE)
FEMALE_NAMES = ["Алёна", "Алина", "Анастасия", "Анна", "Валентина", "Валерия", "Вера", "Вероника", "Виктория", "Дарья",
                "Диана", "Ева", "Екатерина", "Елена", "Елизавета", "Зарема", "Ирина", "Карина", "Кристина", "Ксения",
                "Лариса", "Лилия", "Любовь", "Людмила", "Марина", "Мария", "Надежда", "Наталья", "Нинель", "Оксана",
                "Ольга", "Полина", "Светлана", "Софья", "Татьяна", "Ульяна", "Эльмира", "Юлия", "Яна", "Эльвира",
                "Алие", "Сабина"]

# surnames as (male, female); common ones are listed with weight, the hard ones appear regularly too
_OV = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров",
       "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев",
       "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
       "Романов", "Воробьёв", "Сергеев", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин",
       "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков",
       "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев",
       "Титов", "Марков", "Миронов", "Крылов", "Куликов", "Карпов", "Власов", "Абдуллаев", "Османов", "Меметов",
       "Усеинов", "Бекиров", "Рустемов", "Сейтумеров", "Умеров", "Ёлкин", "Пугачёв", "Горбачёв"]
SURNAMES_COMMON = [(s, s + "а") for s in _OV]
SURNAMES_SPECIAL = (
    [(m, f) for m, f in [("Троицкий", "Троицкая"), ("Лановой", "Лановая"), ("Толстой", "Толстая"), ("Белый", "Белая"),
                         ("Вишневский", "Вишневская"), ("Покровский", "Покровская"), ("Успенский", "Успенская"),
                         ("Рождественский", "Рождественская"), ("Полевой", "Полевая"), ("Яровой", "Яровая"),
                         ("Римский-Корсаков", "Римская-Корсакова"), ("Петров-Водкин", "Петрова-Водкина"),
                         ("Соколов-Микитов", "Соколова-Микитова")]]
    + [(s, s) for s in ["Шевченко", "Бондаренко", "Ткаченко", "Кравченко", "Коваленко", "Бойко", "Петренко",
                        "Сидоренко", "Литвиненко", "Головко", "Левченко", "Марченко", "Руденко", "Гончаренко",
                        "Мирошниченко", "Демченко", "Остапенко", "Зинченко",
                        "Долгих", "Черных", "Седых", "Белых", "Толстых", "Красных", "Кручёных", "Глухих",
                        "Шмидт", "Мороз", "Колесник", "Кравец", "Мельник", "Ковальчук", "Полищук", "Савчук",
                        "Гуменюк", "Федорчук", "Бондарь", "Гринь", "Жук", "Лях", "Кулиш", "Билык", "Гарбуз", "Лебедь",
                        "Ткачук", "Черныш", "Коваль", "Шевчук",
                        "Груша", "Сковорода", "Шкода", "Щербина", "Кваша", "Скиба"]])

# --------------------------------------------------------------------------- organization vocabulary
TOWNS = [("г. Керчь", "Республика Крым", "Керченский", "298300", "91", "11", "36561"),
         ("г. Феодосия", "Республика Крым", "Феодосийский", "298100", "91", "08", "36562"),
         ("г. Калуга", "Калужская область", "Калужский", "248000", "40", "27", "4842"),
         ("г. Тула", "Тульская область", "Тульский", "300000", "71", "07", "4872"),
         ("г. Псков", "Псковская область", "Псковский", "180000", "60", "27", "8112"),
         ("г. Вологда", "Вологодская область", "Вологодский", "160000", "35", "25", "8172")]
COLLEGE_KINDS = ["политехнический колледж", "технологический колледж", "индустриальный техникум",
                 "колледж транспорта и связи", "многопрофильный колледж"]
STREETS = ["ул. Ленина", "ул. Советская", "ул. Гагарина", "ул. Пушкина", "ул. Свердлова", "ул. Кирова", "пр-т Мира"]

POSITIONS = [
    # id, nom, short, category, share of the teaching staff
    ("pos:director", "директор", None, "admin"),
    ("pos:zam-upr", "заместитель директора по учебно-производственной работе", "заместитель директора по УПР", "admin"),
    ("pos:zam-ur", "заместитель директора по учебной работе", "заместитель директора по УР", "admin"),
    ("pos:zam-uvr", "заместитель директора по учебно-воспитательной работе", "заместитель директора по УВР", "admin"),
    ("pos:zav-otd", "заведующий отделением", None, "admin"),
    ("pos:st-metodist", "старший методист", None, "support"),
    ("pos:metodist", "методист", None, "support"),
    ("pos:prepodavatel", "преподаватель", None, "teacher"),
    ("pos:master-po", "мастер производственного обучения", "мастер п/о", "teacher"),
    ("pos:psiholog", "педагог-психолог", None, "support"),
    ("pos:sotspedagog", "социальный педагог", None, "support"),
    ("pos:ruk-ptsk", "руководитель предметно-цикловой комиссии", "руководитель ПЦК", "teacher"),
    ("pos:pedagog-org", "педагог-организатор", None, "support"),
]
SUBJECTS = ["математики", "физики", "информатики", "русского языка и литературы", "иностранного языка", "истории",
            "химии", "физической культуры", "специальных дисциплин", "электротехнических дисциплин",
            "экономических дисциплин", "инженерной графики"]
EMPLOYERS = ["АО «Судостроительный завод «Залив»", "ГУП РК «Крымэнерго»", "ГУП РК «Вода Крыма»", "ООО «Автосервис-Плюс»",
             "АО «Тульский оружейный завод»", "ООО «Калужский турбинный завод»", "АО «Псковэлектросвязь»",
             "ООО «Вологодский машиностроительный завод»", "ПАО «Ростелеком»", "ООО «Стройтехмонтаж»"]
EMPLOYER_POSITIONS = ["ведущий инженер-технолог", "главный механик", "мастер участка", "начальник смены",
                      "инженер-электрик", "специалист по охране труда", "инженер-программист"]
GROUPS_FULLTIME = ["ТМ", "ЭС", "СП", "АТ", "ПКС", "ОП", "ТЭ", "МР"]
GROUPS_PARTTIME = ["ЗТМ", "ЗЭС", "ЗАТ"]

F_OO, F_PS, F_RS, F_PP = "f:obuch-obuch", "f:pedagog-student", "f:rabotodatel-student", "f:pedagog-pedagog"
FORMS = [
    {"id": F_OO, "name": "обучающийся – обучающийся", "canonical": False, "mentor_category": "student",
     "mentee_category": "student", "role_models": ["успевающий – неуспевающий", "лидер – пассивный", "равный – равному"]},
    {"id": F_PS, "name": "педагог – студент", "canonical": False, "mentor_category": "teacher", "mentee_category": "student",
     "role_models": ["педагог – неуспевающий обучающийся", "педагог – участник конкурсного движения"]},
    {"id": F_RS, "name": "работодатель – студент", "canonical": True, "mentor_category": "employer",
     "mentee_category": "student", "role_models": ["работодатель – будущий сотрудник"]},
    {"id": F_PP, "name": "педагог – педагог", "canonical": False, "mentor_category": "teacher",
     "mentee_category": "young_specialist", "role_models": ["опытный педагог – молодой специалист"]},
]
GOALS = {
    F_OO: ["Повышение успеваемости по профильным дисциплинам", "Адаптация к обучению в колледже",
           "Подготовка к конкурсу профессионального мастерства", "Вовлечение в студенческое самоуправление"],
    F_PS: ["Ликвидация академической задолженности", "Подготовка к олимпиаде", "Работа над исследовательским проектом",
           "Повышение посещаемости и учебной мотивации"],
    F_RS: ["Подготовка к производственной практике и трудоустройству", "Выполнение выпускной работы по заказу предприятия",
           "Освоение современных технологий отрасли"],
    F_PP: ["Адаптация молодого специалиста, освоение методики занятий"],
}


# --------------------------------------------------------------------------- helpers
def inn_checksum(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return str(sum(int(c) * k for c, k in zip(first9, w)) % 11 % 10)


def ogrn_checksum(first12):
    return str(int(first12) % 11 % 10)


def iso(d):
    return d.isoformat()


def workday(d):
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


class Gen:
    def __init__(self, people, seed, start_year):
        self.n = people
        self.rnd = random.Random(seed)
        self.y0 = start_year
        self.start = D(start_year, 9, 1)
        self.people = []
        self.order_no = {}  # calendar year -> last number

    # ---- names
    def surname(self):
        r = self.rnd
        return r.choice(SURNAMES_SPECIAL) if r.random() < 0.25 else r.choice(SURNAMES_COMMON)

    def person(self, pid, gender, roles, birth=None, surname=None, father=None):
        r = self.rnd
        m, f = surname or self.surname()
        first = r.choice(MALE_NAMES) if gender == "m" else r.choice(FEMALE_NAMES)
        dad = father or r.choice(MALE_NAMES)
        middle = MALE[dad][0 if gender == "m" else 1]
        x = {"id": pid, "last_name": m if gender == "m" else f, "first_name": first, "middle_name": middle,
             "gender": gender}
        if birth:
            x["birth_date"] = iso(birth)
        x["roles"] = roles
        self.people.append(x)
        return x

    def birth(self, y_from, y_to):
        d0 = D(y_from, 1, 1).toordinal()
        d1 = D(y_to, 12, 31).toordinal()
        return D.fromordinal(self.rnd.randint(d0, d1))

    def next_order(self, day):
        """A number that grows with the day of the year, unique within the calendar year."""
        n = max(self.order_no.get(day.year, 0) + 1, int(day.timetuple().tm_yday * 1.4) + self.rnd.randint(0, 3))
        self.order_no[day.year] = n
        return n

    # ---- the whole dataset
    def build(self):
        r = self.rnd
        n = self.n
        y0 = self.y0
        town, region, adj, index, reg, tax, code = r.choice(TOWNS)
        kind = r.choice(COLLEGE_KINDS)
        name = f"{adj} {kind}"
        word = kind.split()[-1]
        is_college = word == "колледж"
        short = f"ГБПОУ «{name[0].upper() + name[1:]}»"
        full = f"Государственное бюджетное профессиональное образовательное учреждение «{name[0].upper() + name[1:]}»"
        inn9 = reg + tax + "%05d" % r.randint(0, 99999)
        ogrn12 = "1" + "%02d" % (r.randint(14, 15) if reg == "91" else r.randint(2, 16)) + reg + tax + "%05d" % r.randint(0, 99999)

        # ---- how many of whom
        staff_n = max(3, round(0.10 * n))
        ext_n = int(0.02 * n)
        rest = n - staff_n - ext_n
        if rest < 1:
            staff_n, ext_n, rest = n - 1, 0, 1
        parents_n = int(0.3 * rest)
        learners_n = rest - parents_n
        minors_n = min(parents_n, learners_n)

        # ---- staff
        staff = []
        special = ["pos:director", "pos:st-metodist", "pos:zam-upr", "pos:zam-ur", "pos:zam-uvr", "pos:psiholog",
                   "pos:sotspedagog", "pos:metodist", "pos:pedagog-org"]
        for i in range(staff_n):
            pid = "p:s%06d" % (i + 1)
            pos = special[i] if i < len(special) and i < staff_n - 1 else \
                r.choice(["pos:prepodavatel"] * 6 + ["pos:master-po"] * 2 + ["pos:ruk-ptsk", "pos:zav-otd"])
            if i == staff_n - 1 and i < 2:   # tiny datasets: the last staff member teaches
                pos = "pos:prepodavatel"
            g = r.choice("mf") if pos != "pos:prepodavatel" else ("f" if r.random() < 0.65 else "m")
            total = r.randint(1, 38)
            x = self.person(pid, g, ["employee"], self.birth(y0 - 22 - total - 5, y0 - 22 - total))
            x["position"] = pos
            if pos in ("pos:prepodavatel",):
                x["position_suffix"] = r.choice(SUBJECTS)
            x["experience"] = {"total_years": total, "ped_years": r.randint(total // 2, total), "as_of": iso(self.start)}
            x["qualification_category"] = r.choice(["высшая", "первая", "соответствие занимаемой должности"])
            staff.append(x)
        director, curator = staff[0], staff[1]
        teachers = [s for s in staff[2:] if s["position"] in ("pos:prepodavatel", "pos:master-po", "pos:ruk-ptsk", "pos:zav-otd")]
        young = [t for t in teachers if t["experience"]["total_years"] <= 2][: max(0, len(teachers) // 20)]
        for t in young:
            t["experience"]["ped_years"] = t["experience"]["total_years"]
            t.pop("qualification_category", None)
        mentor_teachers = [t for t in teachers if t not in young and r.random() < 0.8] or \
            [t for t in teachers if t not in young] or [curator]

        # ---- external specialists
        externals = []
        for i in range(ext_n):
            x = self.person("p:x%06d" % (i + 1), r.choice("mmf"), ["external"], self.birth(y0 - 60, y0 - 28))
            x["employer"] = {"org_name": r.choice(EMPLOYERS), "position": r.choice(EMPLOYER_POSITIONS)}
            externals.append(x)

        # ---- learners and the parents of the minors
        learners = []
        parents = []
        for i in range(learners_n):
            pid = "p:l%06d" % (i + 1)
            g = "m" if r.random() < 0.6 else "f"
            sur = self.surname()
            if i < minors_n:
                # 15 to 17 years old when the program starts
                birth = D.fromordinal(r.randint(D(y0 - 18, 9, 2).toordinal(), D(y0 - 15, 8, 31).toordinal()))
                adm = r.choice([y0, y0 - 1])
                group = "%s-%02d" % (r.choice(GROUPS_FULLTIME), adm % 100)
                pg = r.choice("mf")
                father = r.choice(MALE_NAMES)
                parent = self.person("p:r%06d" % (i + 1), pg, ["parent"], surname=sur)
                if pg == "m":
                    parent["first_name"] = father
                parent["representative_kind"] = "guardian" if r.random() < 0.04 else "parent"
                parents.append(parent)
                x = self.person(pid, g, ["learner"], birth, surname=sur, father=father)
                x["representatives"] = [parent["id"]]
            else:
                if r.random() < 0.25:
                    birth = self.birth(y0 - 40, y0 - 19)
                    adm = r.choice([y0, y0 - 1, y0 - 2])
                    group = "%s-%02d" % (r.choice(GROUPS_PARTTIME), adm % 100)
                else:
                    birth = self.birth(y0 - 21, y0 - 19)
                    adm = r.choice([y0 - 2, y0 - 3])
                    group = "%s-%02d" % (r.choice(GROUPS_FULLTIME), adm % 100)
                if age_on(birth, self.start) < 18:
                    birth = D(y0 - 19, 1, 1)
                x = self.person(pid, g, ["learner"], birth, surname=sur)
            x["class_or_group"] = group
            x["course"] = max(1, min(4, y0 - adm + 1))
            learners.append(x)
        # pad to exactly n people (rounding)
        k = 0
        while len(self.people) < n:
            k += 1
            x = self.person("p:s9%05d" % k, r.choice("mf"), ["employee"])
            x["position"] = "pos:prepodavatel"
            x["position_suffix"] = r.choice(SUBJECTS)
            staff.append(x)

        # ---- mentors and mentees
        adults = [x for x in learners if "representatives" not in x and x["course"] >= 3]
        student_mentors = adults[: max(0, len(learners) // 10)]
        sm_ids = {x["id"] for x in student_mentors}
        mentee_people = [x for x in learners if x["id"] not in sm_ids] + young
        if not mentee_people:  # nobody left to mentor: the last student mentor becomes a mentee
            mentee_people = [student_mentors.pop()]
        mentors = []
        mentor_of = {}
        years = [y0, y0 + 1, y0 + 2]
        for cat, lst in (("teacher", mentor_teachers), ("student", student_mentors), ("employer", externals)):
            for x in lst:
                mid = "m:" + x["id"][2:]
                mentor_of[x["id"]] = mid
                m = {"id": mid, "person": x["id"], "category": cat, "status": "active"}
                m["competences"] = r.sample(["предметная подготовка", "подготовка к конкурсам", "проектная деятельность",
                                             "адаптация первокурсников", "профессиональная ориентация",
                                             "требования работодателя к выпускнику"], 2)
                m["preferred_forms"] = [{"teacher": F_PS, "student": F_OO, "employer": F_RS}[cat]]
                mentors.append(m)
        mentee_ids = {}
        mentees = []
        for x in mentee_people:
            eid = "e:" + x["id"][2:]
            mentee_ids[x["id"]] = eid
            mentees.append({"id": eid, "person": x["id"],
                            "category": "young_specialist" if "employee" in x["roles"] else "student",
                            "status": "active"})

        # ---- pairs: each mentee in one pair; groups of 1..5; three academic years
        pool = {"teacher": [m for m in mentors if m["category"] == "teacher"],
                "student": [m for m in mentors if m["category"] == "student"],
                "employer": [m for m in mentors if m["category"] == "employer"]}
        pairs = []
        person_year = {}  # person id -> first academic year
        rr = {"teacher": 0, "student": 0, "employer": 0}
        queue = list(mentees)
        r.shuffle(queue)
        i = 0
        pair_no = {}
        while i < len(queue):
            e = queue[i]
            year = years[len(pairs) % 3]
            if e["category"] == "young_specialist" and pool["teacher"]:
                cat, size, form = "teacher", 1, F_PP
            else:
                roll = r.random()
                if roll < 0.3 and pool["student"]:
                    cat, size, form = "student", 1, F_OO
                elif roll < 0.45 and pool["employer"]:
                    cat, size, form = "employer", r.randint(2, 4), F_RS
                elif pool["teacher"]:
                    cat, size, form = "teacher", r.choice([1, 1, 2, 3, 4, 5]), F_PS
                elif pool["student"]:
                    cat, size, form = "student", 1, F_OO
                else:
                    cat, size, form = "employer", r.randint(1, 4), F_RS
            group = [e]
            while len(group) < size and i + len(group) < len(queue) and \
                    queue[i + len(group)]["category"] == "student":
                group.append(queue[i + len(group)])
            i += len(group)
            lst = pool[cat]
            m = lst[rr[cat] % len(lst)]
            rr[cat] += 1
            if m["person"] in {x["person"] for x in group}:  # never one's own mentor
                m = lst[rr[cat] % len(lst)]
                rr[cat] += 1
                if m["person"] in {x["person"] for x in group}:
                    continue
            pair_no[year] = pair_no.get(year, 0) + 1
            p = {"id": "pair:%d-%06d" % (year, pair_no[year]), "form": form,
                 "format": "individual" if len(group) == 1 else "group",
                 "role_model": r.choice(FORMS[[F_OO, F_PS, F_RS, F_PP].index(form)]["role_models"]),
                 "mentor": m["id"], "mentees": [x["id"] for x in group],
                 "period": {"from": iso(workday(D(year, 10, 10))), "to": "%d-05-31" % (year + 1)},
                 "goal": r.choice(GOALS[form]),
                 "status": "completed" if year < y0 + 2 else "active"}
            pairs.append(p)
            for pid in [m["person"]] + [x["person"] for x in group]:
                person_year[pid] = min(person_year.get(pid, year), year)
        # mentees that stayed without a pair (a group skipped above) – drop them from the base
        paired = {e for p in pairs for e in p["mentees"]}
        mentees = [e for e in mentees if e["id"] in paired]
        for e in mentees:
            if person_year[e["person"]] < y0 + 2:
                e["status"] = "finished"

        # ---- orders
        orders = []
        place = town
        sign = {"person": director["id"], "position_text": "Директор"}

        def order(cat, year_date, title, points, **kw):
            num = self.next_order(year_date)
            o = {"id": "ord:%d-%04d" % (year_date.year, num), "catalog_id": cat, "number": "%d/п" % num,
                 "date": iso(year_date), "place": place, "title": title, "points": points,
                 "control": {"mode": "self"}, "signer": sign}
            o.update(kw)
            o["status"] = "signed"
            orders.append(o)
            return o

        def pt(nn, text, **kw):
            x = {"n": nn, "text": [{"p": text}]}
            x.update(kw)
            return x

        ord01 = order("ORD-01", workday(D(y0, 8, 28)), "О внедрении целевой модели наставничества обучающихся", [
            pt("1", "Внедрить целевую модель наставничества обучающихся с 01.09.%d." % y0),
            pt("2", "Утвердить дорожную карту внедрения целевой модели наставничества (приложение).", attachment=1),
            pt("3", "Контроль за исполнением настоящего приказа оставляю за собой.", kind="control")],
            attachments=[{"n": 1, "title": "Дорожная карта внедрения целевой модели наставничества", "content": "roadmap",
                          "ref": "rm:main", "header": "utverzhdeno"}])
        order("ORD-02", workday(D(y0, 8, 30)), "О назначении куратора программы наставничества", [
            pt("1", ["Назначить куратором программы наставничества ",
                     {"person": curator["id"], "case": "acc", "fmt": "sur_ini"}, "."], responsible=[curator["id"]]),
            pt("2", "Утвердить состав рабочей группы (приложение).", attachment=1),
            pt("3", "Контроль за исполнением настоящего приказа оставляю за собой.", kind="control")],
            attachments=[{"n": 1, "title": "Состав рабочей группы", "content": "team", "header": "prilozhenie"}])
        registry = {}
        for year in years:
            registry[year] = order("ORD-03", workday(D(year, 10, 2)),
                                   "Об утверждении реестра наставников на %d/%d учебный год" % (year, year + 1), [
                pt("1", "Утвердить реестр наставников на %d/%d учебный год (приложение)." % (year, year + 1), attachment=1),
                pt("2", "Контроль за исполнением настоящего приказа оставляю за собой.", kind="control")],
                attachments=[{"n": 1, "title": "Реестр наставников", "content": "mentors", "header": "prilozhenie"}],
                acknowledge={"auto": True, "form": "sheet", "sort": "alpha"})
            year_pairs = [p for p in pairs if p["id"].startswith("pair:%d-" % year)]
            for b in range(0, len(year_pairs), 200):
                batch = year_pairs[b:b + 200]
                o = order("ORD-04", workday(D(year, 10, 9)),
                          "О закреплении наставнических пар (групп) на %d/%d учебный год" % (year, year + 1), [
                    pt("1", "Закрепить наставнические пары (группы) согласно приложению.", attachment=1),
                    pt("2", "Наставникам разработать индивидуальные планы развития наставляемых."),
                    pt("3", "Ознакомить участников с настоящим приказом под подпись.", kind="acknowledge"),
                    pt("4", "Контроль за исполнением настоящего приказа оставляю за собой.", kind="control")],
                    attachments=[{"n": 1, "title": "Список наставнических пар (групп)", "content": "pairs",
                                  "header": "prilozhenie"}],
                    acknowledge={"auto": True, "form": "sheet", "sort": "alpha"})
                for p in batch:
                    p["order"] = o["id"]
            if year < y0 + 2:
                order("ORD-08", workday(D(year + 1, 6, 24)),
                      "Об итогах реализации программы наставничества в %d/%d учебном году" % (year, year + 1), [
                    pt("1", "Признать работу наставнических пар (групп) удовлетворительной."),
                    pt("2", "Продолжить реализацию программы наставничества."),
                    pt("3", "Контроль за исполнением настоящего приказа оставляю за собой.", kind="control")])
        busy = {p["mentor"] for p in pairs if p["status"] != "completed"}
        for m in mentors:
            y = person_year.get(m["person"], y0)
            m["registry_order"] = registry[y]["id"]
            m["included_on"] = registry[y]["date"]
            if m["person"] not in person_year:
                m["status"] = "approved"
            elif m["id"] not in busy:
                m["status"] = "finished"
        for e in mentees:
            e["included_on"] = "%d-09-20" % person_year[e["person"]]

        # ---- consents: every participant, before their first pair; minors via the representative
        consents = []
        participants = [m["person"] for m in mentors] + [e["person"] for e in mentees]
        by_pid = {x["id"]: x for x in self.people}
        seen = set()
        for pid in participants:
            if pid in seen:
                continue
            seen.add(pid)
            year = person_year.get(pid, y0)
            signed = workday(D(year, 9, 1) + datetime.timedelta(days=r.randint(0, 20)))
            c = {"id": "c:pd-" + pid[2:], "type": "pd_processing", "subject": pid}
            reps = by_pid[pid].get("representatives")
            if reps:
                c["representative"] = reps[0]
            c.update({"purposes": ["реализация программы наставничества"], "methods": "mixed",
                      "valid_from": iso(signed), "valid_text": "до окончания программы наставничества и одного года после",
                      "signed_on": iso(signed)})
            consents.append(c)
            if r.random() < 0.1:
                consents.append({"id": "c:dist-" + pid[2:], "type": "pd_distribution", "subject": pid,
                                 **({"representative": reps[0]} if reps else {}),
                                 "resources": ["https://example.edu.ru/nastavnichestvo"],
                                 "permissions": [{"item": "фамилия, имя, отчество", "allowed": True},
                                                 {"item": "фотографическое изображение", "allowed": r.random() < 0.7}],
                                 "signed_on": iso(signed)})

        # ---- meetings: acquaintance and planning for every pair
        meetings = []
        for p in pairs:
            f = p["period"]["from"]
            d0 = D(int(f[:4]), int(f[5:7]), int(f[8:10]))
            for k, (typ, dd, topic) in enumerate([("acquaintance", 3, "Встреча-знакомство"),
                                                   ("planning", 10, "Встреча-планирование")], 1):
                meetings.append({"id": "mt:%s-%d" % (p["id"][5:], k), "pair": p["id"],
                                 "date": iso(workday(d0 + datetime.timedelta(days=dd))), "type": typ,
                                 "format": "offline", "topic": topic})

        # ---- surveys: satisfaction of mentees of completed pairs (a third of them)
        surveys = [{"id": "srv:06-mentee", "catalog_id": "SRV-06", "title": "Анкета удовлетворённости участием в программе наставничества",
                    "audience": "mentee", "wave": "final", "anonymous": True,
                    "questions": [{"id": "q1", "text": "Насколько эффективной была для вас программа наставничества?",
                                   "type": "scale", "scale": {"min": 1, "max": 10}},
                                  {"id": "q2", "text": "Хотели бы вы продолжить работу с наставником?", "type": "yes_no"}]}]
        responses = []
        for p in pairs:
            if p["status"] != "completed":
                continue
            for e in p["mentees"]:
                if r.random() < 0.33:
                    v = r.randint(4, 10)
                    responses.append({"id": "r:%07d" % (len(responses) + 1), "survey": "srv:06-mentee", "pair": p["id"],
                                      "date": "%s-05-20" % p["period"]["to"][:4], "answers": {"q1": v, "q2": "да" if v >= 7 else "нет"}})
        indicators = [{"id": "ind:pairs", "title": "Число наставнических пар и групп", "unit": "шт.", "monitoring_stage": 1,
                       "formula": "manual", "direction": "up"}]
        values = [{"indicator": "ind:pairs", "period": "%d/%d" % (y, y + 1),
                   "value": len([p for p in pairs if p["id"].startswith("pair:%d-" % y)])} for y in years]

        team = [{"person": curator["id"], "role_text": "куратор программы"}] + \
            [{"person": s["id"], "role_text": "член рабочей группы"} for s in staff[2:6]]
        leads = [{"form": f, "person": (staff[2] if len(staff) > 2 else curator)["id"]} for f in (F_OO, F_PS, F_RS, F_PP)]
        street = r.choice(STREETS)
        house = str(r.randint(1, 120))
        data = {
            "schema": "nastavdoc/1",
            "locale": "ru-RU",
            "organization": {
                "id": "org:main", "kind": "spo", "full_name": full, "short_name": short,
                "word": {"nom": word, "gen": word + "а", "dat": word + "у", "acc": word,
                         "ins": word + ("ем" if is_college else "ом"), "pre": word + "е"},
                "parent_body": {"name": "Министерство образования, науки и молодежи Республики Крым" if reg == "91"
                                else "Министерство образования " + region.replace("ская область", "ской области")},
                "ogrn": ogrn12 + ogrn_checksum(ogrn12), "inn": inn9 + inn_checksum(inn9), "kpp": reg + tax + "01001",
                "legal_address": {"index": index, "region": region, "locality": town, "street": street, "house": house,
                                  "text": f"{index}, {region}, {town}, {street}, д. {house}"},
                "place_of_issue": town, "phones": ["+7 (%s) %d-%02d-%02d" % (code, r.randint(2, 7), r.randint(10, 99), r.randint(10, 99))],
                "email": "info@example.edu.ru", "website": "example.edu.ru",
                "director": director["id"], "director_title": "Директор",
                "collegial_bodies": [{"id": "cb:pedsovet", "name": {"nom": "педагогический совет", "gen": "педагогического совета"},
                                      "short": "педсовет"}]},
            "positions": [dict([("id", p[0]), ("nom", p[1])] + ([("short", p[2])] if p[2] else []) + [("category", p[3])])
                          for p in POSITIONS],
            "people": self.people,
            "legal_acts": [{"id": "act:r-145", "kind": "ministry_order",
                            "issuer": {"nom": "Министерство просвещения Российской Федерации",
                                       "gen": "Министерства просвещения Российской Федерации"},
                            "issuer_short": "Минпросвещения России", "date": "2019-12-25", "number": "Р-145",
                            "title": "Об утверждении методологии (целевой модели) наставничества обучающихся для организаций, осуществляющих образовательную деятельность по общеобразовательным, дополнительным общеобразовательным и программам среднего профессионального образования, в том числе с применением лучших практик обмена опытом между обучающимися"}],
            "forms": FORMS,
            "program": {"id": "prog:main", "title": f"Программа наставничества {short} на {y0}–{y0 + 3} годы",
                        "kind": "mixed", "period": {"from": iso(self.start), "to": "%d-06-30" % (y0 + 3), "text": f"{y0}–{y0 + 3} годы"},
                        "academic_years": ["%d/%d" % (y, y + 1) for y in years], "forms": [F_OO, F_PS, F_RS, F_PP],
                        "curator": curator["id"], "form_leads": leads, "team": team, "normative_basis": ["act:r-145"],
                        "meeting_norm": {"every": "P2W", "text": "не реже одного раза в две недели"}},
            "roadmap": self.roadmap(y0, short, ord01["id"]),
            "mentors": mentors,
            "mentees": mentees,
            "pairs": pairs,
            "meetings": meetings,
            "consents": consents,
            "orders": orders,
            "surveys": surveys,
            "survey_responses": responses,
            "indicators": indicators,
            "indicator_values": values,
        }
        return data

    def roadmap(self, y0, short, approving_order):
        def row(n, step, deadline, responsible, result, produces=None):
            x = {"n": n, "cells": {"step": step, "deadline": deadline, "responsible": responsible, "result": result}}
            if produces:
                x["produces"] = produces
            return x

        def dl(text, kind, frm=None, to=None):
            d = {"text": text, "kind": kind}
            if frm:
                d["from"] = frm
            if to:
                d["to"] = to
            return {"deadline": d}
        up = {"merge": "up"}
        cur = {"responsible": ["Куратор программы"]}
        return {
            "id": "rm:main", "catalog_id": "LNA-03",
            "grifs": [{"kind": "approve_by_doc", "order_ref": approving_order, "side": "right"}],
            "title": [{"p": {"b": "Дорожная карта внедрения целевой модели наставничества в " + short}, "align": "center"}],
            "period": {"from": "%d-09" % y0, "to": "%d-06" % (y0 + 3)},
            "page": {"orientation": "portrait", "font_pt": 12},
            "columns": [{"key": "step", "title": "Мероприятие", "width": 0.4, "role": "content", "number_prefix": True},
                        {"key": "deadline", "title": "Сроки", "width": 0.15, "role": "deadline", "align": "center"},
                        {"key": "responsible", "title": "Ответственные", "width": 0.2, "role": "responsible", "join": "newline"},
                        {"key": "result", "title": "Результат", "width": 0.25, "role": "result"}],
            "stage_layout": {"mode": "band", "band_parts": ["label_title", "task"],
                             "labels": {"title": "Этап {n}. ", "task": "Задача этапа – "}, "label_bold": True, "run_in": True},
            "stages": [
                {"n": "1", "title": "Подготовка условий для запуска программы наставничества",
                 "task": "создание условий для запуска программы", "rows": [
                     row("1.1.", "Издать приказ о внедрении целевой модели наставничества", dl("август %d г." % y0, "month", "%d-08" % y0),
                         {"responsible": ["Директор"]}, "Приказ о внедрении целевой модели наставничества", ["ORD-01"]),
                     row("1.2.", "Назначить куратора и рабочую группу", up, up, "Приказ о назначении куратора", ["ORD-02"])]},
                {"n": "2", "title": "Формирование базы наставляемых", "rows": [
                    row("2.1.", "Провести анкетирование обучающихся", dl("сентябрь %d г." % y0, "month", "%d-09" % y0), cur,
                        [{"p": "База наставляемых;"}, {"p": "согласия на обработку персональных данных."}], ["SRV-01", "REG-02", "CNS-01"])]},
                {"n": "3", "title": "Формирование базы наставников", "rows": [
                    row("3.1.", "Провести анкетирование потенциальных наставников", dl("сентябрь %d г." % y0, "month", "%d-09" % y0), cur,
                        "База наставников", ["SRV-02", "REG-03"])]},
                {"n": "4", "title": "Отбор и обучение наставников", "rows": [
                    row("4.1.", "Утвердить реестр наставников", dl("ежегодно, октябрь", "recurring"), {"responsible": ["Директор", "Куратор программы"]},
                        "Приказ об утверждении реестра наставников", ["ORD-03", "REG-04"])]},
                {"n": "5", "title": "Формирование наставнических пар / групп", "rows": [
                    row("5.1.", "Закрепить наставнические пары (группы)", dl("ежегодно, октябрь", "recurring"), cur,
                        "Приказ о закреплении наставнических пар (групп)", ["ORD-04", "REG-05"])]},
                {"n": "6", "title": "Организация работы наставнических пар / групп", "rows": [
                    row("6.1.", "Организовать встречи наставников и наставляемых", dl("в течение учебного года", "during_period"),
                        {"responsible": ["Наставники"]}, "Встречи не реже одного раза в две недели", ["PLN-02"])]},
                {"n": "7", "title": "Завершение наставничества", "rows": [
                    row("7.1.", "Провести итоговое анкетирование и подвести итоги", dl("май – июнь", "range", "--05", "--06"), cur,
                        "Отчёт по итогам программы наставничества", ["SRV-06", "RPT-08", "ORD-08"])]},
            ],
        }

def write(data, out):
    """Pretty at the top, one record per line in the long lists."""
    one_line = {"positions", "people", "forms", "mentors", "mentees", "pairs", "meetings", "consents", "orders",
                "survey_responses", "indicator_values", "indicators", "legal_acts"}
    out.write("{\n")
    keys = list(data)
    for i, k in enumerate(keys):
        v = data[k]
        out.write(" %s: " % json.dumps(k))
        if k in one_line:
            out.write("[\n")
            for j, x in enumerate(v):
                out.write("  " + json.dumps(x, ensure_ascii=False) + (",\n" if j + 1 < len(v) else "\n"))
            out.write(" ]")
        else:
            out.write(json.dumps(v, ensure_ascii=False, indent=1).replace("\n", "\n "))
        out.write(",\n" if i + 1 < len(keys) else "\n")
    out.write("}\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--people", type=int, default=1000, help="number of people (at least 4; default 1000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--start-year", type=int, default=2023, help="first academic year of the program (default 2023)")
    ap.add_argument("-o", "--output", default="-", help="output file (default: standard output)")
    a = ap.parse_args(argv)
    if a.people < 4:
        ap.error("--people must be at least 4 (director, curator, a mentor and a mentee)")
    g = Gen(a.people, a.seed, a.start_year)
    data = g.build()
    if a.output == "-":
        write(data, sys.stdout)
    else:
        tmp = a.output + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            write(data, f)
        import os
        os.replace(tmp, a.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
