import { z } from 'zod';
import { defineTemplate, PersonNameSchema, WebUrlSchema } from './define-template.ts';

export const accountCreatedMail = defineTemplate({
  name: 'account-created',
  secret: true,
  data: z.object({
    name: PersonNameSchema,
    setPasswordUrl: WebUrlSchema,
    brandName: z.string().trim().min(1).max(100),
  }),
  translations: {
    nl: ({ name, setPasswordUrl, brandName }) => ({
      subject: `Je account bij ${brandName}`,
      greeting: `Dag ${name},`,
      intro: [
        `Er is een account voor je aangemaakt bij ${brandName}. Stel via deze link je wachtwoord in om aan de slag te gaan:`,
      ],
      action: { label: 'Wachtwoord instellen', url: setPasswordUrl },
      outro: ['Daarna meld je je aan met je e-mailadres en dat wachtwoord.'],
    }),
    en: ({ name, setPasswordUrl, brandName }) => ({
      subject: `Your account at ${brandName}`,
      greeting: `Hello ${name},`,
      intro: [
        `An account has been created for you at ${brandName}. Set your password with this link to get started:`,
      ],
      action: { label: 'Set your password', url: setPasswordUrl },
      outro: ['After that, sign in with your email address and that password.'],
    }),
    fr: ({ name, setPasswordUrl, brandName }) => ({
      subject: `Votre compte chez ${brandName}`,
      greeting: `Bonjour ${name},`,
      intro: [
        `Un compte a été créé pour vous chez ${brandName}. Définissez votre mot de passe via ce lien pour commencer :`,
      ],
      action: { label: 'Définir mon mot de passe', url: setPasswordUrl },
      outro: ['Ensuite, connectez-vous avec votre adresse e-mail et ce mot de passe.'],
    }),
    tr: ({ name, setPasswordUrl, brandName }) => ({
      subject: `${brandName} hesabınız`,
      greeting: `Merhaba ${name},`,
      intro: [
        `${brandName} için sizin adınıza bir hesap oluşturuldu. Başlamak için bu bağlantıdan şifrenizi belirleyin:`,
      ],
      action: { label: 'Şifremi belirle', url: setPasswordUrl },
      outro: ['Ardından e-posta adresiniz ve bu şifreyle giriş yapın.'],
    }),
    bg: ({ name, setPasswordUrl, brandName }) => ({
      subject: `Вашият акаунт в ${brandName}`,
      greeting: `Здравейте, ${name},`,
      intro: [
        `В ${brandName} беше създаден акаунт за вас. Задайте паролата си чрез тази връзка, за да започнете:`,
      ],
      action: { label: 'Задайте парола', url: setPasswordUrl },
      outro: ['След това влизайте с имейл адреса си и тази парола.'],
    }),
    ar: ({ name, setPasswordUrl, brandName }) => ({
      subject: `حسابك لدى ${brandName}`,
      greeting: `مرحبًا ${name}،`,
      intro: [`تم إنشاء حساب لك لدى ${brandName}. عيّن كلمة المرور الخاصة بك عبر هذا الرابط للبدء:`],
      action: { label: 'تعيين كلمة المرور', url: setPasswordUrl },
      outro: ['بعد ذلك، سجّل الدخول باستخدام عنوان بريدك الإلكتروني وكلمة المرور هذه.'],
    }),
  },
});
