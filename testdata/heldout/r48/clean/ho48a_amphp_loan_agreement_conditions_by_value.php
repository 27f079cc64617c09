<?php

declare(strict_types=1);

// Stand-ins for amphp/http-server: a long-running server process whose
// request handler closure is created once at boot and called per request.
final class Request
{
    public function __construct(
        private readonly string $path,
        private readonly string $body,
    ) {
    }

    public function getPath(): string
    {
        return $this->path;
    }

    public function getBody(): string
    {
        return $this->body;
    }
}

final class Response
{
    public function __construct(
        public readonly int $status = 200,
        public readonly array $headers = [],
        public readonly string $body = '',
    ) {
    }
}

final class ClosureRequestHandler
{
    public function __construct(private readonly \Closure $closure)
    {
    }

    public function handleRequest(Request $request): Response
    {
        return ($this->closure)($request);
    }
}

final class SocketHttpServer
{
    public function __construct(private readonly int $maxRequests)
    {
    }

    public function start(ClosureRequestHandler $handler): void
    {
        for ($i = 0; $i < $this->maxRequests; $i++) {
            $body = json_encode([
                'lender' => ['Rijksmuseum', 'Musée d\'Orsay', 'National Gallery of Ireland'][$i % 3],
                'work' => sprintf('Accession %d.%04d, oil on oak panel, 64 x 48 cm, in its original carved and gilded frame', 1900 + $i % 100, $i),
                'value' => 1_250_000 + $i * 1000,
                'from' => '2025-03-01',
                'until' => '2025-08-31',
                'courier' => 'Courier ' . $i . ' travels with the crate on the same vehicle, supervises loading and unloading, stays overnight near the venue with per diem per lender policy, and signs the condition report; unpacking only after 24h acclimatisation in the gallery',
            ]);
            $response = $handler->handleRequest(new Request('/loans/agreement', $body));
            unset($response);
        }
    }
}

final class LoanRequest
{
    public function __construct(
        public readonly string $lender,
        public readonly string $work,
        public readonly int $value,
        public readonly string $from,
        public readonly string $until,
        public readonly string $courier,
    ) {
    }

    public static function fromJson(string $json): self
    {
        $d = json_decode($json, true, flags: JSON_THROW_ON_ERROR);

        return new self($d['lender'], $d['work'], (int) $d['value'], $d['from'], $d['until'], $d['courier']);
    }
}

// ---- boot -----------------------------------------------------------------

$conditions = [
    'Climate: 18–22 °C, relative humidity 45–55 %, logged every 15 minutes.',
    'Light: at most 50 lux for works on paper, 200 lux for paintings.',
    'Security: invigilated gallery, intruder alarm linked to a monitoring centre.',
];

$handler = new ClosureRequestHandler(function (Request $request) use ($conditions): Response {
    $loan = LoanRequest::fromJson($request->getBody());

    // conditions specific to this loan, on top of the house conditions
    // (captured by value: each call starts again from the house list)
    $conditions[] = sprintf(
        'Insurance: nail-to-nail cover of EUR %s for "%s" lent by %s from %s until %s, government indemnity not accepted.',
        number_format($loan->value),
        $loan->work,
        $loan->lender,
        $loan->from,
        $loan->until,
    );
    $conditions[] = 'Courier: ' . $loan->courier . '.';

    $html = '<h1>Loan agreement — ' . htmlspecialchars($loan->lender) . '</h1><ol>';
    foreach ($conditions as $condition) {
        $html .= '<li>' . htmlspecialchars($condition) . '</li>';
    }
    $html .= '</ol>';

    return new Response(200, ['content-type' => 'text/html'], $html);
});

$server = new SocketHttpServer((int) (getenv('PHPLEAK_N') ?: 100));
$server->start($handler);
