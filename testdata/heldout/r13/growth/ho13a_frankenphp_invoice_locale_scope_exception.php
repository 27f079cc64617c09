<?php

declare(strict_types=1);

namespace {

    if (!function_exists('frankenphp_handle_request')) {
        /**
         * Stand-in for FrankenPHP's worker mode: fills the superglobals for
         * the next request and runs the handler once.
         */
        function frankenphp_handle_request(callable $handler): bool
        {
            static $served = 0;
            $served++;
            $_SERVER['REQUEST_URI'] = '/invoices/' . (1000 + $served) . '.pdf';
            $_SERVER['HTTP_ACCEPT_LANGUAGE'] = ['de-DE', 'fr-FR', 'en-GB', 'nl-NL'][$served % 4];
            $_GET = ['download' => '1'];
            $handler();

            return true;
        }
    }
}

namespace App\I18n {

    final class LocaleScope
    {
        /** @param array<string, string> $catalogue */
        public function __construct(
            public readonly string $locale,
            public readonly \DateTimeZone $timezone,
            public readonly array $catalogue,
        ) {
        }

        public function trans(string $key, array $params = []): string
        {
            return strtr($this->catalogue[$key] ?? $key, $params);
        }
    }

    final class CatalogueLoader
    {
        /** @return array<string, string> */
        public function load(string $locale): array
        {
            $keys = ['invoice.title', 'invoice.number', 'invoice.due', 'invoice.total', 'invoice.vat', 'invoice.footer', 'invoice.bank', 'invoice.thanks'];
            $catalogue = [];
            foreach ($keys as $key) {
                $catalogue[$key] = sprintf('[%s] %s %s', $locale, $key, str_repeat('·', 120));
            }

            return $catalogue;
        }
    }

    /**
     * Current locale for formatting; templates that render a nested document
     * (a credit note inside an invoice) push their own scope.
     */
    final class LocaleStack
    {
        /** @var list<LocaleScope> */
        private array $scopes = [];

        public function __construct(private readonly CatalogueLoader $loader)
        {
        }

        public function push(string $locale, string $timezone = 'Europe/Berlin'): LocaleScope
        {
            $scope = new LocaleScope($locale, new \DateTimeZone($timezone), $this->loader->load($locale));
            $this->scopes[] = $scope; // leak

            return $scope;
        }

        public function pop(): void
        {
            array_pop($this->scopes);
        }

        public function current(): ?LocaleScope
        {
            return $this->scopes === [] ? null : $this->scopes[count($this->scopes) - 1];
        }
    }
}

namespace App\Http {

    use App\I18n\LocaleStack;

    final class Request
    {
        public function __construct(public readonly string $path, public readonly string $language, public readonly array $query)
        {
        }

        public static function fromGlobals(): self
        {
            return new self($_SERVER['REQUEST_URI'], $_SERVER['HTTP_ACCEPT_LANGUAGE'], $_GET);
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly string $content)
        {
        }
    }

    final class InvoiceNotFound extends \RuntimeException
    {
    }

    final class InvoicePdfController
    {
        public function __construct(private readonly LocaleStack $locales)
        {
        }

        public function __invoke(Request $request): Response
        {
            $number = (int) basename($request->path, '.pdf');
            $scope = $this->locales->push(str_replace('-', '_', $request->language));

            $invoice = $this->findInvoice($number);
            $pdf = implode("\n", [
                $scope->trans('invoice.title'),
                $scope->trans('invoice.number') . ' ' . $invoice['number'],
                $scope->trans('invoice.total') . ' ' . number_format($invoice['total'] / 100, 2),
                $scope->trans('invoice.footer'),
            ]);

            $this->locales->pop();

            return new Response(200, $pdf);
        }

        /** @return array{number: int, total: int} */
        private function findInvoice(int $number): array
        {
            if ($number % 2 === 0) {
                throw new InvoiceNotFound("Invoice {$number} was voided");
            }

            return ['number' => $number, 'total' => $number * 137];
        }
    }

    final class Kernel
    {
        private int $errors = 0;

        public function __construct(private readonly InvoicePdfController $controller)
        {
        }

        public function handle(Request $request): Response
        {
            try {
                return ($this->controller)($request);
            } catch (InvoiceNotFound $e) {
                $this->errors++;

                return new Response(404, $e->getMessage());
            }
        }

        public function terminate(Request $request, Response $response): void
        {
        }
    }
}

namespace {

    use App\Http\InvoicePdfController;
    use App\Http\Kernel;
    use App\Http\Request;
    use App\I18n\CatalogueLoader;
    use App\I18n\LocaleStack;

    $locales = new LocaleStack(new CatalogueLoader());
    $kernel = new Kernel(new InvoicePdfController($locales));

    $handler = static function () use ($kernel): void {
        $request = Request::fromGlobals();
        $response = $kernel->handle($request);
        $kernel->terminate($request, $response);
    };

    $maxRequests = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($nbRequests = 0; $nbRequests < $maxRequests; ++$nbRequests) {
        $keepRunning = \frankenphp_handle_request($handler);
        if (!$keepRunning) {
            break;
        }
    }
}
