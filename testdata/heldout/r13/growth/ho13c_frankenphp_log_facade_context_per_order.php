<?php

declare(strict_types=1);

namespace {
    if (!function_exists('frankenphp_handle_request')) {
        // Stand-in for FrankenPHP's worker-mode primitive: fills the
        // superglobals for the next request and runs the handler.
        function frankenphp_handle_request(callable $handler): bool
        {
            static $served = 0;
            $limit = (int) (getenv('PHPLEAK_N') ?: 100);
            if ($served >= $limit) {
                return false;
            }
            $i = ++$served;
            $_SERVER['REQUEST_METHOD'] = 'POST';
            $_SERVER['REQUEST_URI'] = '/orders';
            $_POST = [
                'number' => sprintf('SO-%s-%05d', date('Y'), $i),
                'channel' => ['web', 'mobile', 'pos', 'marketplace'][$i % 4],
                'customer_email' => sprintf('buyer%d@example.org', $i),
                'lines' => [['sku' => 'TSHIRT-' . ($i % 9), 'qty' => 2], ['sku' => 'MUG-' . ($i % 5), 'qty' => 1]],
                'shipping_address' => sprintf('%d Harbour Street, Unit %d, Portsmouth PO1 %dAB', $i % 300, $i % 40, $i % 9),
            ];
            $handler();

            return true;
        }
    }
}

namespace Illuminate\Support\Facades {
    // Minimal facade machinery: a static proxy to one resolved instance.
    abstract class Facade
    {
        /** @var array<string, object> */
        protected static array $resolved = [];

        /** @var array<string, \Closure(): object> */
        protected static array $resolvers = [];

        public static function swap(string $accessor, \Closure $resolver): void
        {
            static::$resolvers[$accessor] = $resolver;
        }

        abstract protected static function getFacadeAccessor(): string;

        protected static function root(): object
        {
            $accessor = static::getFacadeAccessor();

            return static::$resolved[$accessor] ??= (static::$resolvers[$accessor])();
        }

        public static function __callStatic(string $method, array $args): mixed
        {
            return static::root()->$method(...$args);
        }
    }

    /**
     * @method static void withContext(array $context)
     * @method static void info(string $message, array $context = [])
     */
    final class Log extends Facade
    {
        protected static function getFacadeAccessor(): string
        {
            return 'log';
        }
    }
}

namespace App\Logging {
    final class LogManager
    {
        /** @var array<string, mixed> */
        private array $sharedContext = [];
        private int $written = 0;

        public function __construct(private readonly string $channel)
        {
        }

        public function withContext(array $context): void
        {
            foreach ($context as $key => $value) {
                $this->sharedContext[$key] = $value; // leak
            }
        }

        public function info(string $message, array $context = []): void
        {
            // A real handler would write a JSON line; the size is enough here.
            $line = json_encode(['channel' => $this->channel, 'message' => $message] + $context + $this->sharedContext);
            $this->written += strlen((string) $line) > 0 ? 1 : 0;
        }
    }
}

namespace App\Orders {
    use Illuminate\Support\Facades\Log;

    enum SalesChannel: string
    {
        case Web = 'web';
        case Mobile = 'mobile';
        case Pos = 'pos';
        case Marketplace = 'marketplace';
    }

    final class PlacedOrder
    {
        public function __construct(
            public readonly string $number,
            public readonly SalesChannel $channel,
            public readonly string $customerEmail,
            public readonly array $lines,
            public readonly string $shippingAddress,
        ) {
        }

        public static function fromInput(array $input): self
        {
            return new self(
                $input['number'],
                SalesChannel::from($input['channel']),
                $input['customer_email'],
                $input['lines'],
                $input['shipping_address'],
            );
        }

        public function toLogContext(): array
        {
            return [
                'number' => $this->number,
                'customer' => $this->customerEmail,
                'skus' => implode(',', array_column($this->lines, 'sku')),
                'ship_to' => $this->shippingAddress,
                'placed_at' => date(DATE_ATOM),
            ];
        }
    }

    final class PlaceOrderAction
    {
        public function __invoke(array $input): string
        {
            $order = PlacedOrder::fromInput($input);

            Log::withContext(['order:' . $order->number => $order->toLogContext()]);
            Log::info('order placed', ['lines' => count($order->lines)]);

            return $order->number;
        }
    }
}

namespace {
    use App\Logging\LogManager;
    use App\Orders\PlaceOrderAction;
    use Illuminate\Support\Facades\Log;

    Log::swap('log', static fn (): LogManager => new LogManager('orders'));
    $action = new PlaceOrderAction();

    $handler = static function () use ($action): void {
        if ($_SERVER['REQUEST_URI'] === '/orders') {
            $action($_POST);
        }
    };

    while (frankenphp_handle_request($handler)) {
        gc_collect_cycles();
    }
}
