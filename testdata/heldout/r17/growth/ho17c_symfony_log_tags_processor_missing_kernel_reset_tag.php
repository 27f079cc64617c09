<?php

declare(strict_types=1);

namespace Framework;

interface ResetInterface
{
    public function reset(): void;
}

/** Stand-in of the compiled container: services are built once per worker. */
final class Container
{
    /** @var array<string, object> */
    private array $services = [];

    /** @param array<string, array{factory: \Closure, tags?: array<string, array<string, string>>}> $definitions */
    public function __construct(private readonly array $definitions)
    {
    }

    public function get(string $id): object
    {
        return $this->services[$id] ??= ($this->definitions[$id]['factory'])($this);
    }

    /** @return array<string, array<string, string>> service id => tag attributes */
    public function findTaggedServiceIds(string $tag): array
    {
        $found = [];
        foreach ($this->definitions as $id => $definition) {
            if (isset($definition['tags'][$tag])) {
                $found[$id] = $definition['tags'][$tag];
            }
        }

        return $found;
    }
}

/** Like ServicesResetter: what kernel.reset runs between two requests. */
final class ServicesResetter
{
    public function __construct(private readonly Container $container)
    {
    }

    public function reset(): void
    {
        foreach ($this->container->findTaggedServiceIds('kernel.reset') as $id => $attributes) {
            $this->container->get($id)->{$attributes['method']}();
        }
    }
}

final class Logger
{
    /** @var list<callable> */
    private array $processors = [];

    private ?array $lastRecord = null;

    public function pushProcessor(callable $processor): void
    {
        $this->processors[] = $processor;
    }

    public function info(string $message, array $context = []): void
    {
        $record = ['message' => $message, 'context' => $context, 'extra' => []];
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }
        $this->lastRecord = $record;
    }
}

namespace App\Logging;

use Framework\ResetInterface;

/** Adds the tags collected while handling the current request to every record. */
final class RequestTagsProcessor implements ResetInterface
{
    /** @var list<array{key: string, value: string}> */
    private array $tags = [];

    public function tag(string $key, string $value): void
    {
        $this->tags[] = ['key' => $key, 'value' => $value]; // leak
    }

    public function __invoke(array $record): array
    {
        foreach ($this->tags as $tag) {
            $record['extra'][$tag['key']] = $tag['value'];
        }

        return $record;
    }

    public function reset(): void
    {
        $this->tags = [];
    }
}

namespace App\Controller;

use App\Logging\RequestTagsProcessor;
use Framework\Logger;

final class CheckoutController
{
    public function __construct(private readonly Logger $logger, private readonly RequestTagsProcessor $tags)
    {
    }

    /** @param array{cart: string, customer: string, coupon: ?string, ua: string} $request */
    public function __invoke(array $request): int
    {
        $this->tags->tag('cart_id', $request['cart']);
        $this->tags->tag('customer', $request['customer']);
        $this->tags->tag('user_agent', $request['ua']);
        if ($request['coupon'] !== null) {
            $this->tags->tag('coupon', $request['coupon']);
        }

        $this->logger->info('Checkout started');
        $this->logger->info('Payment authorized', ['psp' => 'adyen']);

        return 302;
    }
}

namespace App;

use App\Controller\CheckoutController;
use App\Logging\RequestTagsProcessor;
use Framework\Container;
use Framework\Logger;
use Framework\ServicesResetter;

$container = new Container([
    Logger::class => [
        'factory' => static function (Container $c): Logger {
            $logger = new Logger();
            $logger->pushProcessor($c->get(RequestTagsProcessor::class));

            return $logger;
        },
    ],
    RequestTagsProcessor::class => [
        'factory' => static fn (): RequestTagsProcessor => new RequestTagsProcessor(),
        'tags' => ['monolog.processor' => ['handler' => 'main']],
    ],
    CheckoutController::class => [
        'factory' => static fn (Container $c): CheckoutController => new CheckoutController($c->get(Logger::class), $c->get(RequestTagsProcessor::class)),
        'tags' => ['controller.service_arguments' => []],
    ],
    'services_resetter' => [
        'factory' => static fn (Container $c): ServicesResetter => new ServicesResetter($c),
    ],
]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    $controller = $container->get(CheckoutController::class);
    $controller([
        'cart' => sprintf('cart_%08x', 0xa000 + $i),
        'customer' => "customer-{$i}@shop.example",
        'coupon' => $i % 4 === 0 ? "SPRING-{$i}" : null,
        'ua' => "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_{$i}) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{$i} Safari/605.1.15",
    ]);

    // kernel.terminate in the runtime loop
    $container->get('services_resetter')->reset();
}
