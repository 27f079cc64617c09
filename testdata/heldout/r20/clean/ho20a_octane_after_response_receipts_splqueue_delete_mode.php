<?php

declare(strict_types=1);

namespace App\Support {

    interface RunsAfterResponse
    {
        public function handle(): void;
    }

    /**
     * Jobs that should not slow the HTTP response down (receipts, webhooks)
     * are parked here and run once Octane has sent the response.
     */
    final class AfterResponseQueue
    {
        private static ?self $instance = null;

        private \SplQueue $jobs;
        private int $processed = 0;

        private function __construct()
        {
            $this->jobs = new \SplQueue();
            $this->jobs->setIteratorMode(\SplDoublyLinkedList::IT_MODE_FIFO | \SplDoublyLinkedList::IT_MODE_DELETE);
        }

        public static function instance(): self
        {
            return self::$instance ??= new self();
        }

        public function defer(RunsAfterResponse $job): void
        {
            $this->jobs->enqueue($job);
        }

        public function runPending(): int
        {
            $ran = 0;
            foreach ($this->jobs as $job) {
                $job->handle();
                $ran++;
            }
            $this->processed += $ran;

            return $ran;
        }

        public function pendingCount(): int
        {
            return $this->jobs->count();
        }
    }
}

namespace App\Jobs {

    use App\Support\RunsAfterResponse;

    final class SendReceiptMail implements RunsAfterResponse
    {
        private bool $sent = false;

        public function __construct(
            public readonly int $orderId,
            public readonly string $recipient,
            public readonly string $html,
        ) {
        }

        public function handle(): void
        {
            if ($this->sent) {
                return; // receipts are idempotent
            }
            // Mail::to($this->recipient)->send(...) in the real app
            $this->sent = strlen($this->html) > 0;
        }
    }
}

namespace App\Http\Controllers {

    use App\Jobs\SendReceiptMail;
    use App\Support\AfterResponseQueue;

    final class ReceiptController
    {
        public function store(array $request): array
        {
            $orderId = (int) $request['route']['order'];
            $email = strtolower(trim((string) $request['input']['email']));
            $html = $this->renderReceipt($orderId, $email, $request['input']['items']);

            AfterResponseQueue::instance()->defer(new SendReceiptMail($orderId, $email, $html));

            return ['status' => 202, 'body' => '{"queued":true}'];
        }

        private function renderReceipt(int $orderId, string $email, array $items): string
        {
            $rows = '';
            foreach ($items as $item) {
                $rows .= sprintf('<tr><td>%s</td><td>%d</td><td>%.2f</td></tr>', htmlspecialchars($item['name']), $item['qty'], $item['price']);
            }

            return sprintf('<h1>Receipt #%d</h1><p>Sent to %s</p><table>%s</table>', $orderId, htmlspecialchars($email), $rows);
        }
    }
}

namespace Laravel\Octane {

    use App\Http\Controllers\ReceiptController;
    use App\Support\AfterResponseQueue;

    /** Minimal stand-in of Octane's worker: handle, send, then terminate. */
    final class Worker
    {
        public function __construct(private readonly ReceiptController $controller)
        {
        }

        public function handle(array $request): array
        {
            $response = $this->controller->store($request);
            $this->terminate();

            return $response;
        }

        private function terminate(): void
        {
            AfterResponseQueue::instance()->runPending();
        }
    }
}

namespace {

    use App\Http\Controllers\ReceiptController;
    use Laravel\Octane\Worker;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $worker = new Worker(new ReceiptController());

    for ($i = 1; $i <= $n; $i++) {
        $worker->handle([
            'route' => ['order' => (string) (70000 + $i)],
            'input' => [
                'email' => sprintf(' Customer%d@Example.com ', $i),
                'items' => [
                    ['name' => 'Espresso beans 1kg', 'qty' => 1 + $i % 3, 'price' => 24.5],
                    ['name' => 'Paper filters #' . ($i % 9), 'qty' => 2, 'price' => 3.2],
                    ['name' => 'Descaler', 'qty' => 1, 'price' => 9.99],
                    ['name' => 'Gift card for order ' . (70000 + $i), 'qty' => 1, 'price' => 10.0],
                ],
            ],
        ]);
    }
}
