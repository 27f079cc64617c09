<?php

declare(strict_types=1);

namespace Shop\I18n {
    const SUPPORTED_LOCALES = ['en_US', 'de_DE', 'fr_FR'];
    const FALLBACK_LOCALE = 'en_US';

    /** @return array<string, string> */
    function load_catalog(string $locale): array
    {
        // Stand-in for `require "lang/{$locale}/mail.php"` from the legacy lang/ folder.
        return match ($locale) {
            'de_DE' => [
                'mail.order.subject' => 'Ihre Bestellung :number ist bestätigt',
                'mail.order.greeting' => 'Hallo :name,',
                'mail.order.summary' => 'vielen Dank für Ihre Bestellung :number über :total. Sie wird an :address geliefert.',
                'mail.order.footer' => 'Fragen? Antworten Sie einfach auf diese E-Mail oder besuchen Sie :url.',
            ],
            'fr_FR' => [
                'mail.order.subject' => 'Votre commande :number est confirmée',
                'mail.order.greeting' => 'Bonjour :name,',
                'mail.order.summary' => 'merci pour votre commande :number de :total. Elle sera livrée à :address.',
                'mail.order.footer' => 'Des questions ? Répondez à cet e-mail ou rendez-vous sur :url.',
            ],
            default => [
                'mail.order.subject' => 'Your order :number is confirmed',
                'mail.order.greeting' => 'Hi :name,',
                'mail.order.summary' => 'thank you for your order :number totalling :total. It ships to :address.',
                'mail.order.footer' => 'Questions? Just reply to this email or visit :url.',
            ],
        };
    }

    /**
     * Legacy translation helper used all over the templates. Catalogs are
     * memoised because templates call it several times per mail.
     */
    function trans(string $key, array $params = [], string $locale = FALLBACK_LOCALE): string
    {
        static $catalogs = [];

        $locale = in_array($locale, SUPPORTED_LOCALES, true) ? $locale : FALLBACK_LOCALE;
        if (!isset($catalogs[$locale])) {
            $catalogs[$locale] = load_catalog($locale);
        }
        $replace = [];
        foreach ($params as $name => $value) {
            $replace[':' . $name] = (string) $value;
        }

        return strtr($catalogs[$locale][$key] ?? $key, $replace);
    }
}

namespace Shop\Mail {
    use function Shop\I18n\trans;

    final class Order
    {
        public function __construct(
            public readonly string $number,
            public readonly string $customerName,
            public readonly string $email,
            public readonly string $locale,
            public readonly int $totalCents,
            public readonly string $shippingAddress,
        ) {
        }
    }

    final class Email
    {
        public function __construct(
            public readonly string $to,
            public readonly string $subject,
            public readonly string $body,
        ) {
        }
    }

    interface Transport
    {
        public function send(Email $email): void;
    }

    final class SmtpTransportStub implements Transport
    {
        public int $bytesSent = 0;

        public function send(Email $email): void
        {
            $this->bytesSent += strlen($email->subject) + strlen($email->body);
        }
    }

    final class OrderConfirmationMailer
    {
        public function __construct(private readonly Transport $transport, private readonly string $shopUrl)
        {
        }

        public function send(Order $order): void
        {
            $params = [
                'number' => $order->number,
                'name' => $order->customerName,
                'total' => number_format($order->totalCents / 100, 2) . ' EUR',
                'address' => $order->shippingAddress,
                'url' => $this->shopUrl . '/orders/' . $order->number,
            ];
            $body = implode("\n\n", [
                trans('mail.order.greeting', $params, $order->locale),
                trans('mail.order.summary', $params, $order->locale),
                trans('mail.order.footer', $params, $order->locale),
            ]);
            $this->transport->send(new Email($order->email, trans('mail.order.subject', $params, $order->locale), $body));
        }
    }

    final class OutboxRepository
    {
        private int $cursor = 0;

        /** @return list<Order> */
        public function fetchPending(int $limit): array
        {
            $locales = ['en_US', 'de_DE', 'fr_FR', 'nl_NL'];
            $orders = [];
            for ($k = 0; $k < $limit; $k++) {
                $id = ++$this->cursor;
                $orders[] = new Order(
                    sprintf('SO-%08d', 40000 + $id),
                    "Customer {$id}",
                    "customer{$id}@example.org",
                    $locales[$id % 4],
                    1999 + $id * 7,
                    "{$id} Harbour Street, Flat " . ($id % 90) . ', 20457 Hamburg',
                );
            }

            return $orders;
        }
    }

    final class SendOrderConfirmationsCommand
    {
        public function __construct(
            private readonly OutboxRepository $outbox,
            private readonly OrderConfirmationMailer $mailer,
            private readonly int $batchSize = 25,
        ) {
        }

        public function run(int $maxMessages): int
        {
            $sent = 0;
            while ($sent < $maxMessages) {
                $batch = $this->outbox->fetchPending(min($this->batchSize, $maxMessages - $sent));
                foreach ($batch as $order) {
                    $this->mailer->send($order);
                    $sent++;
                }
            }

            return $sent;
        }
    }
}

namespace {
    use Shop\Mail\OrderConfirmationMailer;
    use Shop\Mail\OutboxRepository;
    use Shop\Mail\SendOrderConfirmationsCommand;
    use Shop\Mail\SmtpTransportStub;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $command = new SendOrderConfirmationsCommand(
        new OutboxRepository(),
        new OrderConfirmationMailer(new SmtpTransportStub(), 'https://shop.example.org'),
    );
    $command->run($n);
}
