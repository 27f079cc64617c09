<?php

declare(strict_types=1);

/*
 * FrankenPHP worker of the agent composer: "apply macro" renders a canned
 * reply snippet (greeting, body, signature) for the ticket being answered.
 */

if (!function_exists('frankenphp_handle_request')) {
    // stand-in for the SAPI: fills the superglobals of the next request
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $macros = ['refund_approved', 'shipping_delay', 'password_reset', 'close_no_reply'];
        $locales = ['en', 'de', 'fr', 'en-GB'];
        $_SERVER['REQUEST_METHOD'] = 'POST';
        $_SERVER['REQUEST_URI'] = '/composer/macros/apply';
        $_SERVER['REQUEST_TIME'] = 1767225600 + $served * 5;
        $_POST = [
            'macro' => $macros[$served % 4],
            'locale' => $locales[$served % 4],
            'ticket' => [
                'ref' => sprintf('HD-%06d', 520000 + $served),
                'customer_name' => 'Customer ' . bin2hex(random_bytes(4)),
                'order' => (string) (770000 + $served * 3),
            ],
            'agent' => ['name' => ['Priya', 'Tomás', 'Ana', 'Lukas'][$served % 4]],
        ];
        $served++;
        $handler();

        return true;
    }
}

final class CannedReplyLibrary
{
    /** @param array<string, array<string, string>> $templates macro => locale => body */
    public function __construct(private readonly array $templates, private readonly string $brand) {}

    public function template(string $macro, string $locale): string
    {
        $byLocale = $this->templates[$macro] ?? throw new InvalidArgumentException("Unknown macro {$macro}");
        $body = $byLocale[$locale] ?? $byLocale[substr($locale, 0, 2)] ?? $byLocale['en'];

        return str_replace('{{brand}}', $this->brand, $body);
    }
}

final class ReplyAudit
{
    private const KEEP = 20;

    /** @var array<int, array{ticket: string, macro: string}> */
    private static array $recent = [];
    private static int $cursor = 0;

    public static function record(string $ticketRef, string $macro): void
    {
        self::$recent[self::$cursor++ % self::KEEP] = ['ticket' => $ticketRef, 'macro' => $macro];
    }
}

function canned_reply_placeholders(array $ticket, array $agent): array
{
    return [
        '{{customer.name}}' => $ticket['customer_name'],
        '{{ticket.ref}}' => $ticket['ref'],
        '{{order.number}}' => $ticket['order'],
        '{{agent.name}}' => $agent['name'],
    ];
}

const COMPOSER_LOCALES = ['en', 'de', 'fr'];

function canned_reply_cache_key(string $macro, string $locale, array $placeholders): string
{
    // placeholders are filled per ticket after the lookup; only the
    // template (macro x supported locale) is worth keeping between requests
    $locale = in_array($locale, COMPOSER_LOCALES, true) ? $locale : 'en';

    return "{$locale}:{$macro}";
}

function render_canned_reply(CannedReplyLibrary $library, string $macro, string $locale, array $ticket, array $agent): string
{
    static $templates = [];

    $placeholders = canned_reply_placeholders($ticket, $agent);
    $key = canned_reply_cache_key($macro, $locale, $placeholders);
    if (!isset($templates[$key])) {
        $templates[$key] = $library->template($macro, $locale);
    }

    return strtr($templates[$key], $placeholders);
}

$signature = "\n\nKind regards,\n{{agent.name}}\n{{brand}} Customer Care - we usually answer within one business day."
    . "\n\n--\nYou are receiving this message because you contacted {{brand}} support about {{ticket.ref}}. Please keep the reference in the subject line when you reply so it reaches the same agent."
    . " {{brand}} processes the data in this conversation to resolve your request; see our privacy notice for details.";
$library = new CannedReplyLibrary([
    'refund_approved' => [
        'en' => "Hi {{customer.name}},\n\nGood news: the refund for order {{order.number}} has been approved and will reach your original payment method within 5-7 business days. You do not need to send the item back. If the amount does not show up by then, simply reply to this message and quote {{ticket.ref}}." . $signature,
        'de' => "Hallo {{customer.name}},\n\ngute Nachrichten: die Erstattung für Bestellung {{order.number}} wurde freigegeben und ist in 5-7 Werktagen auf Ihrem Konto. Sie müssen den Artikel nicht zurücksenden. Bitte antworten Sie mit {{ticket.ref}}, falls nicht." . $signature,
    ],
    'shipping_delay' => [
        'en' => "Hi {{customer.name}},\n\nI am sorry that order {{order.number}} is taking longer than promised. Our carrier reports a delay at the regional hub; the new estimate is three business days. I have added a note to {{ticket.ref}} and will check the tracking again tomorrow morning." . $signature,
        'fr' => "Bonjour {{customer.name}},\n\nJe suis désolée du retard de la commande {{order.number}}. Le transporteur signale un retard au centre régional; la nouvelle estimation est de trois jours ouvrés. J'ai ajouté une note au dossier {{ticket.ref}}." . $signature,
    ],
    'password_reset' => [
        'en' => "Hi {{customer.name}},\n\nI have sent a fresh password reset link to the email address on your account. The link is valid for 30 minutes. If it does not arrive, please check your spam folder and let us know under {{ticket.ref}}; orders such as {{order.number}} are not affected." . $signature,
    ],
    'close_no_reply' => [
        'en' => "Hi {{customer.name}},\n\nWe have not heard back from you about order {{order.number}}, so I am closing {{ticket.ref}} for now. Replying to this email reopens the ticket at any time and it will come straight back to me." . $signature,
    ],
], brand: 'Northwind');

$handler = static function () use ($library): void {
    $ticket = $_POST['ticket'];
    $reply = render_canned_reply($library, $_POST['macro'], $_POST['locale'], $ticket, $_POST['agent']);
    ReplyAudit::record($ticket['ref'], $_POST['macro']);
    $_SERVER['HTTP_RESPONSE_BODY_LENGTH'] = strlen(json_encode(['body' => $reply]));
};

$maxRequests = (int) (getenv('PHPLEAK_N') ?: 100);
for ($nbRequests = 0; $nbRequests < $maxRequests; ++$nbRequests) {
    $keepRunning = frankenphp_handle_request($handler);
    gc_collect_cycles();
    if (!$keepRunning) {
        break;
    }
}
