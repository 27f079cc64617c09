<?php

declare(strict_types=1);

namespace App\Mail\Templates {

    final class GreetingRequest
    {
        public function __construct(
            public readonly string $locale,
            public readonly string $customerName,
            public readonly string $orderNumber,
        ) {
        }
    }

    const SUPPORTED_LOCALES = ['en', 'de', 'fr'];

    /**
     * Compiles the "order received" greeting block. Compilation is
     * expensive in the real app (Blade -> PHP), so the result is memoised.
     */
    function compiled_greeting(string $locale): string
    {
        static $compiled = [];

        if (!in_array($locale, SUPPORTED_LOCALES, true)) {
            $locale = 'en';
        }

        $key = "greeting.{$locale}";
        if (!isset($compiled[$key])) {
            $compiled[$key] = compile_greeting_source($locale);
        }

        return $compiled[$key];
    }

    function compile_greeting_source(string $locale): string
    {
        $salutation = match ($locale) {
            'de' => 'Hallo',
            'fr' => 'Bonjour',
            default => 'Hello',
        };

        $body = str_repeat("<p class=\"lead\">{$salutation} {{customer}}, thank you for your order {{order}}.</p>\n", 8);

        return "<section data-locale=\"{$locale}\">\n{$body}</section>";
    }

    final class GreetingRenderer
    {
        public function render(GreetingRequest $request): string
        {
            $template = compiled_greeting($request->locale);

            return strtr($template, [
                '{{customer}}' => $request->customerName,
                '{{order}}' => $request->orderNumber,
            ]);
        }
    }
}

namespace Laravel\Octane {

    final class RequestContext
    {
        public function __construct(public readonly array $query)
        {
        }
    }

    final class Worker
    {
        /** @param callable(RequestContext): string $handler */
        public function __construct(private $handler)
        {
        }

        public function handle(RequestContext $context): string
        {
            return ($this->handler)($context);
        }
    }
}

namespace {

    use App\Mail\Templates\GreetingRenderer;
    use App\Mail\Templates\GreetingRequest;
    use Laravel\Octane\RequestContext;
    use Laravel\Octane\Worker;

    $renderer = new GreetingRenderer();

    $worker = new Worker(static function (RequestContext $context) use ($renderer): string {
        $request = new GreetingRequest(
            $context->query['locale'] ?? 'en',
            $context->query['customer'] ?? 'guest',
            $context->query['order'] ?? 'n/a',
        );

        return $renderer->render($request);
    });

    $locales = ['en', 'de', 'fr', 'pt-BR'];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $worker->handle(new RequestContext([
            'locale' => $locales[$i % 4],
            'customer' => 'Customer #' . (7000 + $i),
            'order' => 'ORD-' . (100000 + $i),
        ]));
    }
}
