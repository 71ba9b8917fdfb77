import type { Locale } from '../../../../contracts/identity.ts';

/** What the four claim mails say, per language. Amounts arrive formatted for the language. */
export type ClaimPhrases = {
  greeting: (name: string) => string;
  contact: (reference: string) => string;
  received: {
    subject: string;
    thanks: (reference: string) => string;
    code: (code: string) => string;
    next: string;
    action: string;
  };
  approved: { subject: string; body: (reference: string, amount: string) => string; next: string };
  rejected: { subject: string; body: (reference: string) => string; reason: (reason: string) => string };
  paid: { subject: string; body: (amount: string, remittance: string) => string; next: string };
};

export const CLAIM_PHRASES: Record<Locale, ClaimPhrases> = {
  nl: {
    greeting: (name) => `Dag ${name},`,
    contact: (reference) => `Vermeld ${reference} als je contact met ons opneemt.`,
    received: {
      subject: 'We hebben je aanvraag tot terugbetaling ontvangen',
      thanks: (reference) => `Bedankt. Je aanvraag voor het Offerfeest heeft nummer ${reference}.`,
      code: (code) =>
        `Met deze code volg je je aanvraag op: ${code}. Bewaar hem goed: we kunnen hem niet opnieuw tonen.`,
      next: 'We controleren je factuur en laten je weten of we de terugbetaling goedkeuren.',
      action: 'Status bekijken',
    },
    approved: {
      subject: 'Je terugbetaling is goedgekeurd',
      body: (reference, amount) =>
        `Goed nieuws: we hebben je aanvraag ${reference} goedgekeurd. We betalen ${amount} terug.`,
      next: 'Je krijgt nog een bericht zodra we het bedrag hebben overgeschreven.',
    },
    rejected: {
      subject: 'Je aanvraag tot terugbetaling is geweigerd',
      body: (reference) => `We kunnen je aanvraag ${reference} helaas niet goedkeuren.`,
      reason: (reason) => `Reden: ${reason}`,
    },
    paid: {
      subject: 'We hebben je terugbetaling overgeschreven',
      body: (amount, remittance) =>
        `We hebben ${amount} naar je rekening overgeschreven, met de mededeling "${remittance}".`,
      next: 'Het kan enkele werkdagen duren voor het bedrag op je rekening staat.',
    },
  },
  en: {
    greeting: (name) => `Hello ${name},`,
    contact: (reference) => `Please mention ${reference} when you contact us.`,
    received: {
      subject: 'We have received your reimbursement claim',
      thanks: (reference) => `Thank you. Your Offerfeest claim has number ${reference}.`,
      code: (code) => `Follow your claim with this code: ${code}. Please keep it: we cannot show it again.`,
      next: 'We will check your invoice and let you know whether the reimbursement is approved.',
      action: 'View status',
    },
    approved: {
      subject: 'Your reimbursement has been approved',
      body: (reference, amount) =>
        `Good news: we have approved your claim ${reference}. We will pay back ${amount}.`,
      next: 'You will hear from us again as soon as we have transferred the amount.',
    },
    rejected: {
      subject: 'Your reimbursement claim has been rejected',
      body: (reference) => `Unfortunately we cannot approve your claim ${reference}.`,
      reason: (reason) => `Reason: ${reason}`,
    },
    paid: {
      subject: 'We have transferred your reimbursement',
      body: (amount, remittance) =>
        `We have transferred ${amount} to your account, with the reference "${remittance}".`,
      next: 'It may take a few working days before the amount reaches your account.',
    },
  },
  fr: {
    greeting: (name) => `Bonjour ${name},`,
    contact: (reference) => `Mentionnez ${reference} lorsque vous nous contactez.`,
    received: {
      subject: 'Nous avons bien reçu votre demande de remboursement',
      thanks: (reference) => `Merci. Votre demande pour la fête du Sacrifice porte le numéro ${reference}.`,
      code: (code) =>
        `Suivez votre demande avec ce code : ${code}. Conservez-le bien : nous ne pouvons pas l’afficher à nouveau.`,
      next: 'Nous vérifions votre facture et vous informerons si le remboursement est accepté.',
      action: 'Voir le statut',
    },
    approved: {
      subject: 'Votre remboursement est accepté',
      body: (reference, amount) =>
        `Bonne nouvelle : nous avons accepté votre demande ${reference}. Nous vous remboursons ${amount}.`,
      next: 'Vous recevrez un nouveau message dès que le montant aura été viré.',
    },
    rejected: {
      subject: 'Votre demande de remboursement est refusée',
      body: (reference) => `Nous ne pouvons malheureusement pas accepter votre demande ${reference}.`,
      reason: (reason) => `Motif : ${reason}`,
    },
    paid: {
      subject: 'Nous avons viré votre remboursement',
      body: (amount, remittance) =>
        `Nous avons viré ${amount} sur votre compte, avec la communication « ${remittance} ».`,
      next: 'Le montant peut mettre quelques jours ouvrables à apparaître sur votre compte.',
    },
  },
  tr: {
    greeting: (name) => `Merhaba ${name},`,
    contact: (reference) => `Bizimle iletişime geçtiğinizde lütfen ${reference} numarasını belirtin.`,
    received: {
      subject: 'Geri ödeme başvurunuzu aldık',
      thanks: (reference) => `Teşekkür ederiz. Kurban Bayramı başvurunuzun numarası: ${reference}.`,
      code: (code) =>
        `Başvurunuzu bu kodla takip edebilirsiniz: ${code}. Lütfen kodu saklayın; size tekrar gösteremeyiz.`,
      next: 'Faturanızı kontrol edip geri ödemenin onaylanıp onaylanmadığını size bildireceğiz.',
      action: 'Durumu görüntüle',
    },
    approved: {
      subject: 'Geri ödemeniz onaylandı',
      body: (reference, amount) =>
        `İyi haber: ${reference} numaralı başvurunuzu onayladık. Size ${amount} geri ödeyeceğiz.`,
      next: 'Tutarı havale ettiğimizde size tekrar haber vereceğiz.',
    },
    rejected: {
      subject: 'Geri ödeme başvurunuz reddedildi',
      body: (reference) => `Maalesef ${reference} numaralı başvurunuzu onaylayamıyoruz.`,
      reason: (reason) => `Gerekçe: ${reason}`,
    },
    paid: {
      subject: 'Geri ödemenizi havale ettik',
      body: (amount, remittance) =>
        `${amount} tutarını "${remittance}" açıklamasıyla hesabınıza havale ettik.`,
      next: 'Tutarın hesabınıza geçmesi birkaç iş günü sürebilir.',
    },
  },
  bg: {
    greeting: (name) => `Здравейте, ${name},`,
    contact: (reference) => `Посочвайте ${reference}, когато се свързвате с нас.`,
    received: {
      subject: 'Получихме вашето искане за възстановяване на разходи',
      thanks: (reference) => `Благодарим ви. Вашето искане за Курбан Байрам е с номер ${reference}.`,
      code: (code) =>
        `С този код можете да следите искането си: ${code}. Запазете го — не можем да го покажем отново.`,
      next: 'Ще проверим фактурата ви и ще ви съобщим дали възстановяването е одобрено.',
      action: 'Вижте статуса',
    },
    approved: {
      subject: 'Възстановяването е одобрено',
      body: (reference, amount) =>
        `Добра новина: одобрихме искането ви ${reference}. Ще ви възстановим ${amount}.`,
      next: 'Ще ви пишем отново, щом преведем сумата.',
    },
    rejected: {
      subject: 'Искането ви за възстановяване е отхвърлено',
      body: (reference) => `За съжаление не можем да одобрим искането ви ${reference}.`,
      reason: (reason) => `Причина: ${reason}`,
    },
    paid: {
      subject: 'Преведохме възстановената сума',
      body: (amount, remittance) => `Преведохме ${amount} по сметката ви с основание „${remittance}“.`,
      next: 'Може да минат няколко работни дни, докато сумата постъпи по сметката ви.',
    },
  },
  ar: {
    greeting: (name) => `مرحبًا ${name}،`,
    contact: (reference) => `يُرجى ذكر الرقم ${reference} عند التواصل معنا.`,
    received: {
      subject: 'استلمنا طلب استرداد التكاليف الخاص بكم',
      thanks: (reference) => `شكرًا لكم. رقم طلبكم الخاص بعيد الأضحى هو ${reference}.`,
      code: (code) =>
        `يمكنكم متابعة طلبكم بهذا الرمز: ${code}. يُرجى الاحتفاظ به، إذ لا يمكننا عرضه مرة أخرى.`,
      next: 'سنراجع فاتورتكم ونُعلمكم بما إذا تمت الموافقة على الاسترداد.',
      action: 'عرض الحالة',
    },
    approved: {
      subject: 'تمت الموافقة على استرداد التكاليف',
      body: (reference, amount) => `خبر سار: وافقنا على طلبكم ${reference}. سنرد لكم مبلغ ${amount}.`,
      next: 'سنراسلكم مرة أخرى فور تحويل المبلغ.',
    },
    rejected: {
      subject: 'تم رفض طلب استرداد التكاليف',
      body: (reference) => `نأسف، لا يمكننا الموافقة على طلبكم ${reference}.`,
      reason: (reason) => `السبب: ${reason}`,
    },
    paid: {
      subject: 'حوّلنا مبلغ الاسترداد إليكم',
      body: (amount, remittance) => `حوّلنا مبلغ ${amount} إلى حسابكم مع البيان "${remittance}".`,
      next: 'قد يستغرق وصول المبلغ إلى حسابكم بضعة أيام عمل.',
    },
  },
};
