<?php

declare(strict_types=1);

namespace Ledgerly\Receipts;

final class Donor
{
    public function __construct(
        public readonly string $donorId,
        public readonly string $displayName,
        public readonly string $email,
        public readonly string $postalAddress,
    ) {
    }
}

final class ReceiptLine
{
    private ?TaxReceipt $receipt = null;

    public function __construct(
        public readonly string $giftId,
        public readonly string $fund,
        public readonly int $amountMinor,
        public readonly int $benefitMinor,
        public readonly string $memo,
    ) {
    }

    public function attachTo(TaxReceipt $receipt): void
    {
        $this->receipt = $receipt; // leak
    }

    public function deductibleMinor(): int
    {
        return max(0, $this->amountMinor - $this->benefitMinor);
    }

    public function receiptNumber(): ?string
    {
        return $this->receipt?->number;
    }
}

/** @implements \IteratorAggregate<int, ReceiptLine> */
final class ReceiptLineCollection implements \IteratorAggregate, \Countable
{
    /** @var list<ReceiptLine> */
    private array $lines = [];

    public function __construct(
        private readonly TaxReceipt $owner, // leak
    ) {
    }

    public function add(ReceiptLine $line): void
    {
        $line->attachTo($this->owner);
        $this->lines[] = $line;
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->lines);
    }

    public function count(): int
    {
        return count($this->lines);
    }
}

final class TaxReceipt
{
    public readonly ReceiptLineCollection $lines;

    public function __construct(
        public readonly string $number,
        public readonly Donor $donor,
        public readonly \DateTimeImmutable $issuedAt,
    ) {
        $this->lines = new ReceiptLineCollection($this); // leak
    }

    public function totalDeductibleMinor(): int
    {
        $total = 0;
        foreach ($this->lines as $line) {
            $total += $line->deductibleMinor();
        }

        return $total;
    }
}

final class ReceiptNumberSequence
{
    private int $next = 1;

    public function __construct(private readonly string $prefix)
    {
    }

    public function next(int $year): string
    {
        return sprintf('%s-%d-%07d', $this->prefix, $year, $this->next++);
    }
}

final class ReceiptRenderer
{
    public function renderText(TaxReceipt $receipt): string
    {
        $out = sprintf("Official receipt %s\n%s\n%s\n", $receipt->number, $receipt->donor->displayName, $receipt->donor->postalAddress);
        foreach ($receipt->lines as $line) {
            $out .= sprintf("%-12s %-20s %10.2f\n", $line->giftId, $line->fund, $line->deductibleMinor() / 100);
        }

        return $out . sprintf("Eligible amount: %.2f\n", $receipt->totalDeductibleMinor() / 100);
    }
}

final class ReceiptController
{
    public function __construct(
        private readonly ReceiptNumberSequence $sequence,
        private readonly ReceiptRenderer $renderer,
    ) {
    }

    /** @param array<string, mixed> $payload */
    public function issue(array $payload): array
    {
        $donor = new Donor($payload['donor']['id'], $payload['donor']['name'], $payload['donor']['email'], $payload['donor']['address']);
        $issuedAt = new \DateTimeImmutable('@' . $payload['ts']);
        $receipt = new TaxReceipt($this->sequence->next((int) $issuedAt->format('Y')), $donor, $issuedAt);

        foreach ($payload['gifts'] as $gift) {
            $receipt->lines->add(new ReceiptLine($gift['id'], $gift['fund'], $gift['amount'], $gift['benefit'], $gift['memo']));
        }

        return ['status' => 201, 'body' => $this->renderer->renderText($receipt)];
    }
}

/** Stand-in for Swoole\Http\Server: on('request') handlers run per request in a long-lived worker. */
final class HttpServer
{
    /** @var array<string, \Closure> */
    private array $handlers = [];

    public function on(string $event, \Closure $handler): void
    {
        $this->handlers[$event] = $handler;
    }

    public function dispatch(string $event, array $request): array
    {
        return ($this->handlers[$event])($request);
    }
}

$controller = new ReceiptController(new ReceiptNumberSequence('RCPT'), new ReceiptRenderer());
$server = new HttpServer();
$server->on('request', static fn (array $request): array => $controller->issue(json_decode($request['body'], true)));

$funds = ['General Fund', 'Scholarships', 'Food Pantry', 'Capital Campaign'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $gifts = [];
    for ($g = 0; $g < 2; $g++) {
        $gifts[] = [
            'id' => sprintf('G%06d%d', $i, $g),
            'fund' => $funds[($i + $g) % 4],
            'amount' => 2500 + ($i * 37) % 10000,
            'benefit' => $g === 1 ? 1500 : 0,
            'memo' => sprintf('In honour of %s, gala table %d', substr(sha1((string) $i), 0, 12), $i % 40),
        ];
    }
    $body = json_encode([
        'ts' => 1704067200 + $i * 97,
        'donor' => [
            'id' => 'D' . (70000 + $i),
            'name' => 'Donor ' . bin2hex(random_bytes(6)),
            'email' => sprintf('donor%d@example.org', $i),
            'address' => sprintf('%d Elm Street, Springfield %05d', $i % 900, 10000 + $i),
        ],
        'gifts' => $gifts,
    ]);
    $response = $server->dispatch('request', ['uri' => '/receipts', 'body' => $body]);
    unset($response, $body, $gifts);
}
