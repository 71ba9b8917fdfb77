import type { LangTexts } from '../types.ts';

/** English. */
export const en: LangTexts = {
  absence: {
    title: 'Sick note for your child – {school}',
    text: `{school} – Sick note

Dear teacher,
My child was absent. With this form I let the school know.
Name of the child: ..................
Class: ..........
Absent from ........ to ........
Reason: ill / doctor's appointment / family reason / other: ..........
Was your child ill for more than three days in a row? Then the school asks for a doctor's certificate.
Can your child not come to school? Call the school before 8.30: {phone}.
Name of the parent: ..................
Date and signature: ..................`,
  },
  enrol: {
    title: 'Enrolling your child in primary school – information session {date}',
    text: `Enrolling your child in primary school

In Ghent you first register your child on the website of the registration system. Then you receive a letter with the school where your child can start.
With that letter you go to the school to enrol your child. Bring your child's identity card or residence document.
Your child may go to school from the age of 2.5. From the age of 5 your child must go to school every day.
Do you need help? Come to the information session at Amal on {date} at {time}. A staff member helps you with the registration. An interpreter is present.`,
  },
  materials: {
    title: 'List of school materials class {class} – {school}',
    text: `{school} – List of materials class {class}

Dear parents,
On the first school day your child brings:
- a school bag and a pencil case
- two pencils, an eraser and a sharpener
- a 30 cm ruler and scissors
- coloured pencils
- a water bottle and a lunch box with your child's name
- sports clothes: a T-shirt, shorts and gym shoes in a bag
Your child gets notebooks and books from the school.
Put your child's name on all materials.
Questions? Call the school: {phone}.`,
  },
  parents: {
    title: 'Invitation to the parent meeting {date} – class {class} – {school}',
    text: `{school} – Invitation to the parent meeting

Dear parents,
We invite you to a meeting with the teacher of class {class}. We talk about how your child learns and how your child feels at school.
Date: {date}
Time: {time}
The meeting takes about 15 minutes.
Do you not speak Dutch well yet? Let us know. Then we ask for an interpreter.
Can you not come? Call the school to make another appointment: {phone}.
Kind regards,
the head teacher`,
  },
  swimming: {
    title: 'Swimming lessons class {class} – {school}',
    text: `{school} – Swimming lessons class {class}

Dear parents,
From {date} class {class} goes swimming every two weeks in the city swimming pool. The children go by bus with the teacher.
Give your child swimming trunks or a swimsuit, a towel and a comb in a bag.
Swimming is part of the lessons. All children take part. Is your child ill? Then give a note from the doctor.
The swimming lesson costs 1.50 euro each time. You pay with the school bill.
Questions? Call the school: {phone}.`,
  },
  trip: {
    title: 'Permission for the school trip of class {class} to {place} – {school}',
    text: `{school} – Permission for a school trip

Dear parents,
On {date} class {class} goes on a trip to {place}. We leave the school at {time} and are back at 15.30.
Give your child a packed lunch, a water bottle and a raincoat.
The trip costs 5 euro. You pay with the school bill.
Give this form back to the teacher, signed.

I, .................., parent of .................., give permission for my child to go on the trip to {place}.
Phone number of the parent: ..................
Signature: ..................`,
  },
  lice: {
    title: 'Head lice in class {class} – {school}',
    text: `{school} – Head lice in the class

Dear parents,
Some children in class {class} have head lice. Lice are not dangerous and have nothing to do with dirt.
Check your child's hair today with a fine lice comb. Look especially behind the ears and in the neck.
Do you find lice or eggs? Buy a lice treatment at the pharmacy. Comb the hair every day for two weeks.
Wash hats, scarves and pillowcases at 60 degrees.
Your child may come to school as usual.
Questions? Call the school: {phone}.`,
  },
  schoolbill: {
    title: 'Payment plan for the school bill – {school}',
    text: `{school} – Payment plan for the school bill

Dear parents,
Is the school bill too high to pay at once? Then you can pay in smaller parts. Talk about it with the head teacher. We treat your request discreetly.
You can also receive a school allowance from the Groeipakket. Amal or the Sociaal Huis helps you apply.

Name of the parent: ..................
Name and class of the child: ..................
I pay the amount of .......... euro in .......... parts, each time on day ..... of the month.
Date and signature: ..................`,
  },
  waste: {
    title: 'Sorting waste in {place}',
    text: `Sorting waste in {place}

In Ghent everyone sorts their waste. This way we can reuse a lot of waste.
Residual waste goes in the grey bag. PMD (plastic bottles, cans and drink cartons) goes in the blue bag.
Vegetables, fruit and garden waste go in the green container. Tie paper and cardboard together with a string.
Take glass to the bottle bank in the street.
In {place} you put the waste outside before {time} on the day of collection. Do not put it outside too early.
Take large items to the recycling park.
Anyone who leaves waste on the street can get a fine.`,
  },
  medication: {
    title: 'Medication schedule – {place}',
    text: `{place} – Medication schedule

Name of the patient: ..................
Date of birth: ..........
Take your medicines at the same time every day.
Medicine: .......... — morning: ..... — noon: ..... — evening: ..... — before sleep: .....
Take the medicine before / during / after the meal.
Do not stop a medicine yourself. Ask your doctor first.
Do you have side effects? Call your GP or the pharmacy.
Bring this schedule to every appointment with your doctor.`,
  },
  housing: {
    title: 'Registering for social housing – help desk {place}',
    text: `Registering for social housing

Social housing is a home with a lower rent. You can register if your income is not too high and you do not own a home.
You register with the housing company. Bring your identity card, your tax assessment and the details of your family.
After registering you are put on a waiting list. This can take several years. Stay registered and always pass on a new address.
Need help? Come to the help desk in {place}, {address}, on {date} at {time}.`,
  },
  ocmw: {
    title: 'Invitation to a meeting with your social worker – {place}',
    text: `{place} – Invitation

Dear Sir or Madam,
You have an appointment with your social worker.
Date: {date}
Time: {time}
Address: {place}, {address}
Bring these documents: your identity card, your bank statements of the last three months, your rental contract and your pay slips or benefits.
Can you not come? Call us at least one day in advance.
Do you need an interpreter? Let us know and we will arrange it.
Kind regards,
your social worker`,
  },
  caw: {
    title: 'CAW reception: we listen and help – consultation hours {place}',
    text: `CAW reception: we listen and help

Do you have problems with your home, your money, your relationship or your papers? Come to the CAW reception. You do not need an appointment.
The reception is free. What you tell stays between you and the counsellor.
Consultation hours in {place}: every week, from {time}.
The counsellor listens to your question. Together we look for a solution, or we find the right service for you.
Do you speak little Dutch? We work with interpreters.`,
  },
  vaccination: {
    title: 'Vaccination at school class {class} – {school}',
    text: `{school} – Vaccination at school

Dear parents,
On {date} the school doctor of the CLB comes to the school. The children of class {class} can then get a vaccine.
The vaccine protects against serious diseases. It is free.
We only vaccinate with your permission. Fill in the form and give it back to the teacher.
Also give your child's vaccination booklet or vaccination card.
Do you have questions about the vaccine? Call the school doctor or ask your GP.`,
  },
  conversation: {
    title: 'Practise Dutch at the conversation table – {place}',
    text: `Practise Dutch at the conversation table

Do you want to speak more Dutch? Come to the Amal conversation table in {place}.
You talk in a small group with a volunteer. The groups are by level: beginners and advanced.
Every week from {time}. The conversation table is free. You do not need to register.
Bring your questions: about work, school, the doctor or the neighbourhood.
There is coffee and tea. Welcome!`,
  },
  job: {
    title: 'Information session on finding work at Amal – {date}',
    text: `Information session: finding work in Ghent

Are you looking for work? Come to the Amal information session on {date} at {time}.
We explain how to find vacancies and how to make a CV.
You also hear how to have your foreign diploma recognised, and which training courses are free.
Bring your residence document and your diplomas, if you have them.
The information session is free. There are interpreters for Arabic, Dari and Tigrinya.
Registration is required: call or e-mail Amal.`,
  },
};
