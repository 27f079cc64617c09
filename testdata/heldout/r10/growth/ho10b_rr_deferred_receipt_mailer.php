<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http {
    final class ServerRequest
    {
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $headers,
            public readonly string $body,
        ) {
        }
    }

    final class Response
    {
        public function __construct(public int $status, public string $body, public array $headers = [])
        {
        }
    }

    /** Stand-in for the goridge-backed PSR-7 worker: hands out a fixed number of requests. */
    final class PSR7Worker
    {
        private int $served = 0;
        public int $bytesOut = 0;

        public function __construct(private int $limit)
        {
        }

        public function waitRequest(): ?ServerRequest
        {
            if ($this->served >= $this->limit) {
                return null;
            }
            $i = $this->served++;
            $body = json_encode([
                'invoice' => sprintf('INV-%06d', $i),
                'email' => sprintf('customer%d@shop-%d.example.org', $i, $i % 17),
                'items' => array_map(
                    fn (int $k) => ['name' => sprintf('Subscription seat %d/%d', $k, $i), 'cents' => 1900 + $k * $i % 700],
                    range(1, 6),
                ),
            ]);

            return new ServerRequest('POST', '/billing/checkout', ['Content-Type' => 'application/json'], $body);
        }

        public function respond(Response $response): void
        {
            $this->bytesOut += strlen($response->body);
        }
    }
}

namespace App\Billing {
    use Spiral\RoadRunner\Http\Response;
    use Spiral\RoadRunner\Http\ServerRequest;
    use SplPriorityQueue;

    interface DeferredTask
    {
        public function run(): void;
    }

    final class Mailer
    {
        public int $sent = 0;

        public function send(string $to, string $subject, string $html): void
        {
            $this->sent += strlen($to) > 0 && strlen($html) > 0 ? 1 : 0;
        }
    }

    final class SendReceiptEmail implements DeferredTask
    {
        public function __construct(
            private Mailer $mailer,
            private string $to,
            private string $invoiceNumber,
            private string $html,
        ) {
        }

        public function run(): void
        {
            $this->mailer->send($this->to, "Your receipt {$this->invoiceNumber}", $this->html);
        }
    }

    final class AfterResponse
    {
        public const PRIORITY_HIGH = 10;
        public const PRIORITY_LOW = 0;

        private SplPriorityQueue $tasks;

        public function __construct()
        {
            $this->tasks = new SplPriorityQueue();
        }

        public function defer(DeferredTask $task, int $priority = self::PRIORITY_LOW): void
        {
            $this->tasks->insert($task, $priority); // leak
        }

        public function runPending(): void
        {
            while (!$this->tasks->isEmpty()) {
                $this->tasks->extract()->run();
            }
        }
    }

    final class CheckoutController
    {
        public function __construct(private AfterResponse $after, private Mailer $mailer)
        {
        }

        public function __invoke(ServerRequest $request): Response
        {
            $data = json_decode($request->body, true, 8, JSON_THROW_ON_ERROR);
            $total = array_sum(array_column($data['items'], 'cents'));
            $html = $this->renderReceipt($data, $total);

            $this->after->defer(
                new SendReceiptEmail($this->mailer, $data['email'], $data['invoice'], $html),
                AfterResponse::PRIORITY_HIGH,
            );

            return new Response(201, json_encode(['invoice' => $data['invoice'], 'total' => $total]));
        }

        private function renderReceipt(array $data, int $total): string
        {
            $rows = '';
            foreach ($data['items'] as $item) {
                $rows .= sprintf('<tr><td>%s</td><td class="amount">%.2f EUR</td></tr>', htmlspecialchars($item['name']), $item['cents'] / 100);
            }

            return sprintf('<html><body><h1>Receipt %s</h1><table>%s</table><p>Total: %.2f EUR</p></body></html>', $data['invoice'], $rows, $total / 100);
        }
    }

    final class HttpWorkerRunner
    {
        public function __construct(private CheckoutController $controller, private AfterResponse $after)
        {
        }

        public function serve(\Spiral\RoadRunner\Http\PSR7Worker $worker): void
        {
            while ($request = $worker->waitRequest()) {
                $worker->respond(($this->controller)($request));

                if (function_exists('fastcgi_finish_request')) {
                    fastcgi_finish_request();
                    $this->after->runPending();
                }
            }
        }
    }
}

namespace {
    use App\Billing\AfterResponse;
    use App\Billing\CheckoutController;
    use App\Billing\HttpWorkerRunner;
    use App\Billing\Mailer;
    use Spiral\RoadRunner\Http\PSR7Worker;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $after = new AfterResponse();
    $runner = new HttpWorkerRunner(new CheckoutController($after, new Mailer()), $after);
    $runner->serve(new PSR7Worker($n));
}
