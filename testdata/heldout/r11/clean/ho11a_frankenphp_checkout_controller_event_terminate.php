<?php

declare(strict_types=1);

namespace {

    if (!function_exists('frankenphp_handle_request')) {
        /** Minimal stand-in for the FrankenPHP worker-mode request loop. */
        function frankenphp_handle_request(callable $handler): bool
        {
            static $served = 0;
            static $limit = null;
            $limit ??= (int) (getenv('PHPLEAK_N') ?: 100);
            if ($served >= $limit) {
                return false;
            }
            $i = $served++;
            $_SERVER['REQUEST_METHOD'] = 'POST';
            $_SERVER['REQUEST_URI'] = '/checkout/confirm';
            $_POST = [
                'cart' => 'cart-' . ($i % 500),
                'amount' => 1000 + $i % 9000,
                'currency' => 'EUR',
                'shipping_address' => str_repeat('Hauptstrasse 12, 10115 Berlin, Germany; ', 6),
            ];
            $handler();

            return true;
        }
    }
}

namespace App\Event {

    final class EventDispatcher
    {
        /** @var array<string, list<callable>> */
        private array $listeners = [];

        public function addListener(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function removeAllListeners(string $event): void
        {
            unset($this->listeners[$event]);
        }

        public function dispatch(string $event, object $payload): object
        {
            foreach ($this->listeners[$event] ?? [] as $listener) {
                $listener($payload);
            }

            return $payload;
        }
    }

    final class PaymentCaptured
    {
        public function __construct(
            public readonly string $cartId,
            public readonly int $amount,
            public readonly string $currency,
            public readonly string $shippingAddress,
        ) {
        }
    }
}

namespace App\Controller {

    use App\Event\EventDispatcher;
    use App\Event\PaymentCaptured;

    final class CheckoutController
    {
        private EventDispatcher $events;
        private array $receipt = [];

        public function __construct(private readonly string $merchantId)
        {
            $this->events = new EventDispatcher();
            $this->events->addListener('payment.captured', \Closure::fromCallable([$this, 'onPaymentCaptured']));
        }

        public function confirm(array $input): string
        {
            $event = new PaymentCaptured(
                $input['cart'],
                (int) $input['amount'],
                $input['currency'],
                $input['shipping_address'],
            );
            $this->events->dispatch('payment.captured', $event);

            return json_encode(['merchant' => $this->merchantId, 'receipt' => $this->receipt]);
        }

        public function terminate(): void
        {
            $this->events->removeAllListeners('payment.captured');
        }

        private function onPaymentCaptured(PaymentCaptured $event): void
        {
            $this->receipt = [
                'cart' => $event->cartId,
                'total' => sprintf('%.2f %s', $event->amount / 100, $event->currency),
                'ship_to' => $event->shippingAddress,
                'reference' => hash('sha1', $event->cartId . $event->amount),
            ];
        }
    }
}

namespace {

    use App\Controller\CheckoutController;

    $handler = static function (): void {
        $controller = new CheckoutController('merchant-042');
        $body = $controller->confirm($_POST);
        header('Content-Type: application/json');
        $controller->terminate();
        $GLOBALS['__last_response_length'] = strlen($body);
    };

    while (frankenphp_handle_request($handler)) {
        // next request
    }
}
