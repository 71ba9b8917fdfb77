import { z } from 'zod';
import { defineTemplate, PersonNameSchema, WebUrlSchema } from './define-template.ts';

export const passwordResetMail = defineTemplate({
  name: 'password-reset',
  secret: true,
  data: z.object({
    name: PersonNameSchema,
    resetUrl: WebUrlSchema,
    expiresInMinutes: z
      .number()
      .int()
      .positive()
      .max(60 * 24 * 7),
  }),
  translations: {
    nl: ({ name, resetUrl, expiresInMinutes }, brand) => ({
      subject: `Kies een nieuw wachtwoord voor ${brand.name}`,
      greeting: `Dag ${name},`,
      intro: [
        'We kregen een vraag om het wachtwoord van je account opnieuw in te stellen. Kies een nieuw wachtwoord via deze link:',
      ],
      action: { label: 'Nieuw wachtwoord kiezen', url: resetUrl },
      outro: [
        `De link werkt ${expiresInMinutes} minuten en maar één keer.`,
        'Heb je dit niet zelf gevraagd? Dan mag je deze mail negeren: je wachtwoord blijft hetzelfde.',
      ],
    }),
    en: ({ name, resetUrl, expiresInMinutes }, brand) => ({
      subject: `Choose a new password for ${brand.name}`,
      greeting: `Hello ${name},`,
      intro: [
        'We received a request to reset the password of your account. Choose a new password with this link:',
      ],
      action: { label: 'Choose a new password', url: resetUrl },
      outro: [
        `The link works for ${expiresInMinutes} minutes, and only once.`,
        'Did you not ask for this? Then you can ignore this email: your password stays the same.',
      ],
    }),
    fr: ({ name, resetUrl, expiresInMinutes }, brand) => ({
      subject: `Choisissez un nouveau mot de passe pour ${brand.name}`,
      greeting: `Bonjour ${name},`,
      intro: [
        'Nous avons reçu une demande de réinitialisation du mot de passe de votre compte. Choisissez un nouveau mot de passe via ce lien :',
      ],
      action: { label: 'Choisir un nouveau mot de passe', url: resetUrl },
      outro: [
        `Ce lien est valable ${expiresInMinutes} minutes et ne fonctionne qu’une seule fois.`,
        'Vous n’avez rien demandé ? Ignorez alors ce message : votre mot de passe reste inchangé.',
      ],
    }),
    tr: ({ name, resetUrl, expiresInMinutes }, brand) => ({
      subject: `${brand.name} için yeni bir şifre belirleyin`,
      greeting: `Merhaba ${name},`,
      intro: [
        'Hesabınızın şifresini sıfırlamak için bir talep aldık. Bu bağlantıdan yeni bir şifre belirleyin:',
      ],
      action: { label: 'Yeni şifre belirle', url: resetUrl },
      outro: [
        `Bağlantı ${expiresInMinutes} dakika boyunca ve yalnızca bir kez geçerlidir.`,
        'Bu talebi siz yapmadıysanız bu e-postayı dikkate almayın; şifreniz değişmeyecek.',
      ],
    }),
    bg: ({ name, resetUrl, expiresInMinutes }, brand) => ({
      subject: `Изберете нова парола за ${brand.name}`,
      greeting: `Здравейте, ${name},`,
      intro: [
        'Получихме заявка за смяна на паролата на вашия акаунт. Изберете нова парола чрез тази връзка:',
      ],
      action: { label: 'Изберете нова парола', url: resetUrl },
      outro: [
        `Връзката е валидна ${expiresInMinutes} минути и може да се използва само веднъж.`,
        'Ако не сте поискали това, не обръщайте внимание на този имейл – паролата ви остава същата.',
      ],
    }),
    ar: ({ name, resetUrl, expiresInMinutes }, brand) => ({
      subject: `اختر كلمة مرور جديدة لحسابك في ${brand.name}`,
      greeting: `مرحبًا ${name}،`,
      intro: ['تلقّينا طلبًا لإعادة تعيين كلمة المرور لحسابك. اختر كلمة مرور جديدة عبر هذا الرابط:'],
      action: { label: 'اختيار كلمة مرور جديدة', url: resetUrl },
      outro: [
        `يعمل هذا الرابط لمدة ${expiresInMinutes} دقيقة ولمرة واحدة فقط.`,
        'إذا لم تطلب ذلك، يمكنك تجاهل هذه الرسالة؛ ستبقى كلمة مرورك كما هي.',
      ],
    }),
  },
});
