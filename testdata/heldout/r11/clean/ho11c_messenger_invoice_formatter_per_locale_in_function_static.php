<?php

declare(strict_types=1);

namespace Messenger;

final class Envelope
{
    public function __construct(public readonly object $message, public array $stamps = [])
    {
    }
}

interface TransportInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

final class InMemoryTransport implements TransportInterface
{
    private int $sent = 0;
    public int $acked = 0;

    public function __construct(private int $limit)
    {
    }

    public function get(): iterable
    {
        if ($this->sent >= $this->limit) {
            return [];
        }
        $id = ++$this->sent;
        $locales = ['de_DE', 'fr_FR', 'en_GB', 'nl_NL'];

        return [new Envelope(new \App\SendInvoiceMessage(
            $id,
            $locales[$id % 4],
            $id % 2 ? 'EUR' : 'GBP',
            new \DateTimeImmutable('@' . (1700000000 + $id * 37)),
            array_fill(0, 4, 19.99 + $id % 10),
        ))];
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }
}

final class Worker
{
    public function __construct(private TransportInterface $transport, private array $handlers)
    {
    }

    public function run(): void
    {
        while (true) {
            $envelopes = $this->transport->get();
            if ($envelopes === []) {
                return;
            }
            foreach ($envelopes as $envelope) {
                $handler = $this->handlers[$envelope->message::class];
                $handler($envelope->message);
                $this->transport->ack($envelope);
            }
        }
    }
}

namespace App;

final class SendInvoiceMessage
{
    public function __construct(
        public readonly int $invoiceId,
        public readonly string $locale,
        public readonly string $currency,
        public readonly \DateTimeImmutable $issuedAt,
        public readonly array $amounts,
    ) {
    }
}

final class MoneyFormat
{
    public array $symbols;
    public string $pattern;

    public function __construct(public readonly string $locale, public readonly string $currency)
    {
        $decimal = in_array($locale, ['en_GB'], true) ? '.' : ',';
        $this->symbols = [
            'decimal' => $decimal,
            'group' => $decimal === '.' ? ',' : '.',
            'currency' => ['EUR' => '€', 'GBP' => '£'][$currency] ?? $currency,
            'minus' => '-',
            'locale_name' => locale_display_name($locale),
        ];
        $this->pattern = str_pad("#{$this->symbols['group']}##0{$decimal}00 ¤ [{$locale}/{$currency}]", 480, ' ');
    }

    public function format(float $amount): string
    {
        $s = number_format(abs($amount), 2, $this->symbols['decimal'], $this->symbols['group']);

        return ($amount < 0 ? $this->symbols['minus'] : '') . $s . ' ' . $this->symbols['currency'];
    }
}

function money_format_for(SendInvoiceMessage $message): MoneyFormat
{
    static $formats = [];

    $key = "{$message->locale}.{$message->currency}";

    return $formats[$key] ??= new MoneyFormat($message->locale, $message->currency);
}

final class SendInvoiceHandler
{
    public array $outbox = [];

    public function __invoke(SendInvoiceMessage $message): void
    {
        $format = money_format_for($message);
        $lines = array_map(static fn (float $a): string => $format->format($a), $message->amounts);
        $total = $format->format(array_sum($message->amounts));
        $this->outbox = ['invoice' => $message->invoiceId, 'lines' => $lines, 'total' => $total];
    }
}

function locale_display_name(string $locale): string
{
    return str_replace('_', '-', $locale) . ' (' . strtoupper(substr($locale, 3)) . ')';
}

namespace Messenger;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new \App\SendInvoiceHandler();
$worker = new Worker(new InMemoryTransport($n), [\App\SendInvoiceMessage::class => $handler]);
$worker->run();
