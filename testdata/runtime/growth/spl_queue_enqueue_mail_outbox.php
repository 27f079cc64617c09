<?php
// A mailer service built before the request loop enqueues outgoing mail on an SplQueue that is only sent at shutdown.

final class Email
{
    public function __construct(
        public readonly string $to,
        public readonly string $subject,
        public readonly string $html,
    ) {}
}

final class Mailer
{
    private SplQueue $outbox;
    public int $sent = 0;

    public function __construct(private string $dsn)
    {
        $this->outbox = new SplQueue();
    }

    public function queue(Email $email): void
    {
        $this->outbox->enqueue($email); // leak
    }

    public function sendQueued(): void
    {
        while (!$this->outbox->isEmpty()) {
            $this->outbox->dequeue();
            $this->sent++;
        }
    }
}

final class OrderController
{
    public function __construct(private Mailer $mailer) {}

    public function place(int $orderId, string $customer): string
    {
        $body = '<p>Thanks for order #' . $orderId . '</p>' . str_repeat('<tr><td>item</td></tr>', 32);
        $this->mailer->queue(new Email($customer, "Order #{$orderId} confirmed", $body));
        return 'ok';
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$mailer = new Mailer('smtp://localhost:25');
$controller = new OrderController($mailer);
for ($i = 0; $i < $n; $i++) {
    $controller->place(1000 + $i, "customer{$i}@example.com");
}
