<?php

declare(strict_types=1);

namespace App\Support;

final class AfterResponseTasks
{
    private \SplQueue $tasks;
    private int $failures = 0;

    public function __construct()
    {
        $this->tasks = new \SplQueue();
    }

    public function defer(\Closure $task): void
    {
        $this->tasks->enqueue($task); // leak
    }

    public function run(): void
    {
        foreach ($this->tasks as $task) {
            try {
                $task();
            } catch (\Throwable) {
                $this->failures++;
            }
        }
    }

    public function pending(): int
    {
        return $this->tasks->count();
    }
}

namespace App\Mail;

final class Mailer
{
    private int $sent = 0;

    public function send(string $to, string $subject, string $html): void
    {
        if ($to !== '' && $html !== '') {
            $this->sent++;
        }
    }
}

final class ReceiptRenderer
{
    public function render(string $orderId, array $items, int $totalCents): string
    {
        $rows = '';
        foreach ($items as $item) {
            $rows .= sprintf('<tr><td>%s</td><td>%d</td><td>%.2f EUR</td></tr>', htmlspecialchars($item['name']), $item['qty'], $item['price'] / 100);
        }

        return "<html><body><h1>Receipt {$orderId}</h1><table>{$rows}</table><p>Total: " . number_format($totalCents / 100, 2) . ' EUR</p></body></html>';
    }
}

namespace App\Checkout;

use App\Mail\Mailer;
use App\Mail\ReceiptRenderer;
use App\Support\AfterResponseTasks;

final class PlaceOrderHandler
{
    public function __construct(
        private readonly AfterResponseTasks $afterResponse,
        private readonly ReceiptRenderer $renderer,
        private readonly Mailer $mailer,
    ) {
    }

    /** @param array{email: string, items: list<array{name: string, qty: int, price: int}>} $payload */
    public function __invoke(array $payload): array
    {
        $orderId = 'ORD-' . strtoupper(substr(sha1($payload['email'] . count($payload['items'])), 0, 10));
        $total = array_sum(array_map(static fn (array $i): int => $i['qty'] * $i['price'], $payload['items']));
        $html = $this->renderer->render($orderId, $payload['items'], $total);

        $mailer = $this->mailer;
        $email = $payload['email'];
        $this->afterResponse->defer(static function () use ($mailer, $email, $orderId, $html): void { // leak
            $mailer->send($email, "Your order {$orderId}", $html);
        });

        return ['status' => 201, 'order' => $orderId, 'total' => $total];
    }
}

namespace Main;

use App\Checkout\PlaceOrderHandler;
use App\Mail\Mailer;
use App\Mail\ReceiptRenderer;
use App\Support\AfterResponseTasks;

final class HttpServer
{
    public function __construct(
        private readonly \Closure $handler,
        private readonly AfterResponseTasks $afterResponse,
    ) {
    }

    public function serve(iterable $requests): void
    {
        foreach ($requests as $payload) {
            $response = ($this->handler)($payload);
            unset($response);
            // response has been written to the socket; now run the deferred work
            $this->afterResponse->run();
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$afterResponse = new AfterResponseTasks();
$handler = new PlaceOrderHandler($afterResponse, new ReceiptRenderer(), new Mailer());
$server = new HttpServer($handler(...), $afterResponse);

$server->serve((static function (int $n): \Generator {
    for ($i = 0; $i < $n; $i++) {
        yield [
            'email' => "shopper{$i}@example.net",
            'items' => [
                ['name' => 'Standing desk frame', 'qty' => 1, 'price' => 34900],
                ['name' => 'Oak desktop 160x80', 'qty' => 1, 'price' => 18900 + $i],
                ['name' => 'Cable tray', 'qty' => 2, 'price' => 1990],
            ],
        ];
    }
})($n));
