<?php

declare(strict_types=1);

/*
 * messenger:consume worker of a helpdesk: each SendAgentReply message renders
 * the agent's macro reply into an e-mail body. Macros are compiled once into
 * token lists and memoised in a function static.
 */

final class SendAgentReply
{
    public function __construct(
        public readonly int $ticketId,
        public readonly string $macro,
        public readonly string $locale,
        public readonly array $customer,
        public readonly string $agentName,
        public readonly int $queuedAt,
    ) {
    }
}

final class Envelope
{
    public function __construct(public readonly object $message, public readonly array $stamps = [])
    {
    }
}

final class InMemoryTransport
{
    private int $delivered = 0;

    public function __construct(private \Closure $producer, private int $limit)
    {
    }

    /** @return iterable<Envelope> */
    public function get(): iterable
    {
        if ($this->delivered >= $this->limit) {
            return [];
        }

        return [new Envelope(($this->producer)($this->delivered++), ['transport' => 'helpdesk_mail'])];
    }

    public function ack(Envelope $envelope): void
    {
    }
}

/** @return list<array{0: string, 1: string}> */
function compile_macro(string $locale, string $name, string $source): array
{
    static $compiled = [];

    $key = "{$locale}:{$name}:" . md5($source);
    if (isset($compiled[$key])) {
        return $compiled[$key];
    }

    $tokens = [];
    foreach (preg_split('/(\{\{\s*[\w.]+\s*\}\})/', $source, -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY) as $part) {
        $tokens[] = str_starts_with($part, '{{')
            ? ['var', trim($part, "{} \t")]
            : ['text', $part];
    }

    return $compiled[$key] = $tokens;
}

final class MacroLibrary
{
    private const MACROS = [
        'en' => [
            'refund_approved' => "{{greeting}}\n\nGood news: the refund for ticket #{{ticket.id}} has been approved and should reach your account within 5 business days.\n\nKind regards,\n{{agent.name}}",
            'awaiting_info' => "{{greeting}}\n\nTo continue with ticket #{{ticket.id}} we need a photo of the damaged item and the order confirmation.\n\nThanks,\n{{agent.name}}",
        ],
        'de' => [
            'refund_approved' => "{{greeting}}\n\ndie Erstattung zu Ticket #{{ticket.id}} wurde freigegeben und ist in 5 Werktagen auf Ihrem Konto.\n\nViele Gruesse,\n{{agent.name}}",
            'awaiting_info' => "{{greeting}}\n\nfuer Ticket #{{ticket.id}} benoetigen wir ein Foto des beschaedigten Artikels.\n\nDanke,\n{{agent.name}}",
        ],
    ];

    private const GREETINGS = ['en' => 'Hi %s,', 'de' => 'Hallo %s,'];

    /** @return array{0: string, 1: string} a locale and macro the library has */
    public function resolve(string $locale, string $macro): array
    {
        $locale = isset(self::MACROS[$locale]) ? $locale : 'en';
        $macro = isset(self::MACROS[$locale][$macro]) ? $macro : 'awaiting_info';

        return [$locale, $macro];
    }

    public function source(string $locale, string $macro): string
    {
        return self::MACROS[$locale][$macro];
    }

    /** The greeting depends on the customer's name form: filled in at render time. */
    public function greeting(string $locale, array $customer): string
    {
        $name = $customer['preferred_name'] ?? $customer['first_name'];

        return sprintf(self::GREETINGS[$locale], $name);
    }
}

final class MacroRenderer
{
    public function __construct(private MacroLibrary $library)
    {
    }

    public function render(SendAgentReply $reply): string
    {
        [$locale, $macro] = $this->library->resolve($reply->locale, $reply->macro);
        $source = $this->library->source($locale, $macro);

        $out = '';
        foreach (compile_macro($locale, $macro, $source) as [$type, $value]) {
            $out .= $type === 'text' ? $value : match ($value) {
                'greeting' => $this->library->greeting($locale, $reply->customer),
                'ticket.id' => (string) $reply->ticketId,
                'agent.name' => $reply->agentName,
                default => '',
            };
        }

        return $out;
    }
}

final class SendAgentReplyHandler
{
    /** @var list<array{to: string, bytes: int}> */
    private array $lastBatch = [];

    public function __construct(private MacroRenderer $renderer)
    {
    }

    public function __invoke(SendAgentReply $message): void
    {
        $body = $this->renderer->render($message);
        $this->lastBatch = [['to' => $message->customer['email'], 'bytes' => strlen($body)]];
    }
}

$firstNames = ['Amelia', 'Jonas', 'Priya', 'Mateo', 'Hannah', 'Oskar', 'Leila', 'Tomasz'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$transport = new InMemoryTransport(static function (int $i) use ($firstNames): SendAgentReply {
    $customer = [
        'email' => "customer{$i}@mail.test",
        'first_name' => $firstNames[$i % 8],
    ];
    if ($i % 3 === 0) {
        $customer['preferred_name'] = $firstNames[$i % 8] . ' ' . chr(65 + $i % 26) . '. (' . (4400 + $i) . ')';
    }
    if ($i % 2 === 1) {
        $customer['preferred_name'] = 'Customer ' . (1200 + $i);
    }

    return new SendAgentReply(
        880000 + $i,
        $i % 2 ? 'refund_approved' : 'awaiting_info',
        $i % 5 === 0 ? 'de' : 'en',
        $customer,
        'Agent ' . ['Rosa', 'Ken', 'Maya'][$i % 3],
        1700000000 + $i,
    );
}, $n);

$handler = new SendAgentReplyHandler(new MacroRenderer(new MacroLibrary()));

while (true) {
    $envelopes = $transport->get();
    if ($envelopes === []) {
        break;
    }
    foreach ($envelopes as $envelope) {
        $handler($envelope->message);
        $transport->ack($envelope);
    }
}
