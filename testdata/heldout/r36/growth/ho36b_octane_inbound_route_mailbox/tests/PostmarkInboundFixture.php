<?php

namespace Tests;

/**
 * Builds Postmark inbound webhook payloads the way customers' replies arrive:
 * long subjects are folded into several base64 encoded words.
 */
final class PostmarkInboundFixture
{
    private const TOPICS = [
        'Rückfrage zur Rechnung vom letzten Monat – bitte um Klärung',
        'Problème de livraison : colis endommagé à la réception',
        'Cannot reset my password after the latest update, still locked out',
        'Änderung der Lieferadresse für die laufende Bestellung',
    ];

    private const SENDERS = [
        ['ISO-8859-1', "Jos\xE9 Garc\xEDa", 'jose.garcia'],
        ['UTF-8', 'Zoë Müller', 'zoe.mueller'],
        ['windows-1252', "Fran\xE7ois L\xE9ger", 'f.leger'],
    ];

    private const MAILBOXES = ['support', 'billing', 'help', 'abuse'];

    public static function payload(int $i): array
    {
        $ticket = 48100 + $i;
        $subject = sprintf('Re: [Ticket #%d] %s (ref %s)', $ticket, self::TOPICS[$i % 4], hash('sha1', "ticket-$ticket"));
        [$charset, $name, $local] = self::SENDERS[$i % 3];

        return [
            'OriginalRecipient' => self::MAILBOXES[$i % 4] . '@inbound.acme-mail.test',
            'TextBody' => "Hello,\n\nplease see my reply about ticket {$ticket}.\n\n-- \n" . $local,
            'Headers' => [
                ['Name' => 'Message-ID', 'Value' => sprintf('<%s.%d@mail.customer.test>', bin2hex(random_bytes(6)), $ticket)],
                ['Name' => 'From', 'Value' => self::encodeQ($name . " #{$i}", $charset) . " <{$local}+{$i}@customer.test>"],
                ['Name' => 'Subject', 'Value' => self::encodeB($subject)],
                ['Name' => 'In-Reply-To', 'Value' => "<ticket-{$ticket}@acme-mail.test>"],
            ],
        ];
    }

    private static function encodeB(string $text): string
    {
        $words = [];
        foreach (str_split($text, 30) as $chunk) {
            $words[] = '=?UTF-8?B?' . base64_encode($chunk) . '?=';
        }

        return implode("\r\n ", $words);
    }

    private static function encodeQ(string $text, string $charset): string
    {
        $q = preg_replace_callback('/[^A-Za-z0-9.#]/', static fn (array $m) => $m[0] === ' ' ? '_' : sprintf('=%02X', ord($m[0])), $text);

        return "=?{$charset}?Q?{$q}?=";
    }
}
