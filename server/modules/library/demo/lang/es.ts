import type { LangTexts } from '../types.ts';

/** Spanish. */
export const es: LangTexts = {
  absence: {
    title: 'Aviso de enfermedad de su hijo – {school}',
    text: `{school} – Aviso de enfermedad

Estimada maestra, estimado maestro:
Mi hijo ha faltado. Con este formulario lo comunico a la escuela.
Nombre del niño: ..................
Clase: ..........
Ausente del ........ al ........ incluido
Motivo: enfermo / cita con el médico / motivo familiar / otro: ..........
¿Su hijo estuvo enfermo más de tres días seguidos? Entonces la escuela pide un certificado médico.
¿Su hijo no puede venir a la escuela? Llame a la escuela antes de las 8.30: {phone}.
Nombre del padre o de la madre: ..................
Fecha y firma: ..................`,
  },
  enrol: {
    title: 'Inscribir a su hijo en la escuela primaria – sesión informativa {date}',
    text: `Inscribir a su hijo en la escuela primaria

En Gante, primero registra a su hijo en la web del sistema de inscripción. Después recibe una carta con la escuela donde su hijo puede empezar.
Con esa carta va a la escuela para inscribir a su hijo. Lleve el documento de identidad o el permiso de residencia de su hijo.
Su hijo puede ir a la escuela desde los 2 años y medio. A partir de los 5 años, su hijo tiene que ir a la escuela todos los días.
¿Necesita ayuda? Venga a la sesión informativa en Amal el {date} a las {time}. Un empleado le ayuda con la inscripción. Hay un intérprete.`,
  },
  parents: {
    title: 'Invitación a la reunión de padres {date} – clase {class} – {school}',
    text: `{school} – Invitación a la reunión de padres

Estimados padres:
Les invitamos a una conversación con el maestro de la clase {class}. Hablaremos de cómo aprende su hijo y de cómo se siente en la escuela.
Fecha: {date}
Hora: {time}
La conversación dura unos 15 minutos.
¿Todavía no hablan bien neerlandés? Díganoslo. Entonces pedimos un intérprete.
¿No pueden venir? Llamen a la escuela para otra cita: {phone}.
Atentamente,
la dirección`,
  },
  swimming: {
    title: 'Clases de natación clase {class} – {school}',
    text: `{school} – Clases de natación clase {class}

Estimados padres:
A partir del {date}, la clase {class} va a nadar cada dos semanas a la piscina municipal. Los niños van en autobús con el maestro.
Den a su hijo un bañador, una toalla y un peine en una bolsa.
La natación forma parte de las clases. Participan todos los niños. ¿Su hijo está enfermo? Entonces den una nota del médico.
La clase de natación cuesta 1,50 euros cada vez. Pagan con la factura escolar.
¿Preguntas? Llamen a la escuela: {phone}.`,
  },
  trip: {
    title: 'Autorización para la excursión de la clase {class} a {place} – {school}',
    text: `{school} – Autorización para una excursión escolar

Estimados padres:
El {date}, la clase {class} va de excursión a {place}. Salimos de la escuela a las {time} y volvemos a las 15.30.
Den a su hijo comida, una botella de agua y un impermeable.
La excursión cuesta 5 euros. Pagan con la factura escolar.
Devuelvan este formulario firmado al maestro.

Yo, .................., padre o madre de .................., autorizo a mi hijo a ir de excursión a {place}.
Teléfono del padre o de la madre: ..................
Firma: ..................`,
  },
  waste: {
    title: 'Separar la basura en {place}',
    text: `Separar la basura en {place}

En Gante todos separan su basura. Así podemos reutilizar muchos residuos.
Los residuos restantes van en la bolsa gris. Los PMD (botellas de plástico, latas y envases de bebidas) van en la bolsa azul.
Verduras, fruta y restos del jardín van en el contenedor verde. Ate el papel y el cartón con una cuerda.
Lleve el vidrio al contenedor de vidrio de la calle.
En {place} saque la basura antes de las {time} el día de la recogida. No la saque demasiado pronto.
Los objetos grandes se llevan al punto limpio.
Quien deja basura en la calle puede recibir una multa.`,
  },
  medication: {
    title: 'Esquema de medicación – {place}',
    text: `{place} – Esquema de medicación

Nombre del paciente: ..................
Fecha de nacimiento: ..........
Tome sus medicamentos todos los días a la misma hora.
Medicamento: .......... — mañana: ..... — mediodía: ..... — noche: ..... — antes de dormir: .....
Tome el medicamento antes / durante / después de la comida.
No deje un medicamento por su cuenta. Pregunte primero a su médico.
¿Tiene efectos secundarios? Llame a su médico de cabecera o a la farmacia.
Lleve este esquema a cada cita con su médico.`,
  },
  ocmw: {
    title: 'Invitación a una entrevista con su trabajador social – {place}',
    text: `{place} – Invitación

Estimada señora, estimado señor:
Tiene una cita con su trabajador social.
Fecha: {date}
Hora: {time}
Dirección: {place}, {address}
Traiga estos documentos: su documento de identidad, los extractos bancarios de los últimos tres meses, su contrato de alquiler y sus nóminas o prestaciones.
¿No puede venir? Llámenos al menos un día antes.
¿Necesita un intérprete? Díganoslo y lo organizamos.
Atentamente,
su trabajador social`,
  },
  conversation: {
    title: 'Practicar neerlandés en la mesa de conversación – {place}',
    text: `Practicar neerlandés en la mesa de conversación

¿Quiere hablar más neerlandés? Venga a la mesa de conversación de Amal en {place}.
Habla en un grupo pequeño con un voluntario. Los grupos son por nivel: principiantes y avanzados.
Cada semana a partir de las {time}. La mesa de conversación es gratuita. No hace falta inscribirse.
Traiga sus preguntas: sobre el trabajo, la escuela, el médico o el barrio.
Hay café y té. ¡Bienvenidos!`,
  },
  job: {
    title: 'Sesión informativa sobre buscar trabajo en Amal – {date}',
    text: `Sesión informativa: buscar trabajo en Gante

¿Busca trabajo? Venga a la sesión informativa de Amal el {date} a las {time}.
Explicamos cómo encontrar ofertas de empleo y cómo hacer un currículum.
También sabrá cómo convalidar su título extranjero y qué cursos son gratuitos.
Traiga su permiso de residencia y sus títulos, si los tiene.
La sesión es gratuita. Hay intérpretes de árabe, dari y tigriña.
Es necesario inscribirse: llame o escriba un correo a Amal.`,
  },
};
