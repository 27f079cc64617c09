<?php
// A notification worker: each order event queues a customer e-mail and
// an ops e-mail in the outbox; after the event the worker sends what the
// outbox hands out, up to the per-event sending limit.

namespace Notify {
    final class Mail
    {
        public function __construct(
            public readonly string $to,
            public readonly string $subject,
            public readonly string $body,
        ) {
        }
    }

    final class Outbox
    {
        private \SplQueue $queue;

        public function __construct()
        {
            $this->queue = new \SplQueue();
            $this->queue->setIteratorMode(\SplDoublyLinkedList::IT_MODE_FIFO | \SplDoublyLinkedList::IT_MODE_DELETE);
        }

        public function add(Mail $mail): void
        {
            $this->queue->enqueue($mail); // leak
        }

        /**
         * @return \Generator<int, Mail>
         */
        public function pending(): \Generator
        {
            // the queue iterates in delete mode: what is handed out is gone
            foreach ($this->queue as $mail) {
                yield $mail;
            }
        }
    }

    final class Mailer
    {
        public int $sent = 0;

        public function send(Mail $mail): void
        {
            $this->sent += strlen($mail->body) > 0 ? 1 : 0;
        }
    }

    final class OrderNotifier
    {
        private const SEND_LIMIT = 1;

        public function __construct(private readonly Outbox $outbox, private readonly Mailer $mailer)
        {
        }

        public function onOrderPlaced(int $orderId, string $email): void
        {
            $this->outbox->add(new Mail($email, "Order #{$orderId} confirmed", str_repeat('Thank you for your order. ', 24)));
            $this->outbox->add(new Mail('ops@example.com', "New order #{$orderId}", str_repeat('Pick and pack. ', 24)));
            $sent = 0;
            foreach ($this->outbox->pending() as $mail) {
                $this->mailer->send($mail);
                if (++$sent >= self::SEND_LIMIT) {
                    break;
                }
            }
        }
    }
}

namespace {
    use Notify\Mailer;
    use Notify\OrderNotifier;
    use Notify\Outbox;

    $notifier = new OrderNotifier(new Outbox(), new Mailer());
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $notifier->onOrderPlaced(1000 + $i, "customer{$i}@example.com");
    }
}
