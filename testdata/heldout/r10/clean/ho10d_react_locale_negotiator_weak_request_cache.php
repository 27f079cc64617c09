<?php

declare(strict_types=1);

namespace React\Http\Message {
    final class ServerRequest
    {
        private array $attributes = [];

        public function __construct(
            private readonly string $method,
            private readonly string $uri,
            private readonly array $headers = [],
            private readonly array $cookies = [],
        ) {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getUri(): string
        {
            return $this->uri;
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }

        public function getCookieParams(): array
        {
            return $this->cookies;
        }

        public function withAttribute(string $name, mixed $value): static
        {
            $clone = clone $this;
            $clone->attributes[$name] = $value;

            return $clone;
        }

        public function getAttribute(string $name, mixed $default = null): mixed
        {
            return $this->attributes[$name] ?? $default;
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly array $headers, public readonly string $body)
        {
        }
    }
}

namespace React\Http {
    use React\Http\Message\ServerRequest;

    final class HttpServer
    {
        /** @var callable(ServerRequest): mixed */
        private $handler;

        public function __construct(callable $handler)
        {
            $this->handler = $handler;
        }

        /** Connection handling is done by the loop; this delivers one parsed request. */
        public function emit(ServerRequest $request): mixed
        {
            return ($this->handler)($request);
        }
    }
}

namespace App\I18n {
    use React\Http\Message\ServerRequest;

    final class NegotiatedLocale
    {
        public function __construct(
            public readonly string $locale,
            public readonly string $source,
            public readonly array $candidates,
        ) {
        }
    }

    /**
     * Works out the visitor's locale. Asked several times per request
     * (router, translator, templates), so the result is remembered per
     * request object.
     */
    final class LocaleNegotiator
    {
        private \WeakMap $resolved;

        /** @param list<string> $supported */
        public function __construct(private readonly array $supported, private readonly string $fallback)
        {
            $this->resolved = new \WeakMap();
        }

        public function negotiate(ServerRequest $request): NegotiatedLocale
        {
            if (isset($this->resolved[$request])) {
                return $this->resolved[$request];
            }

            $cookie = $request->getCookieParams()['locale'] ?? null;
            if ($cookie !== null && in_array($cookie, $this->supported, true)) {
                $result = new NegotiatedLocale($cookie, 'cookie', [$cookie]);
            } else {
                $candidates = $this->parseAcceptLanguage($request->getHeaderLine('Accept-Language'));
                $match = $this->fallback;
                foreach ($candidates as $candidate) {
                    $base = substr($candidate, 0, 2);
                    if (in_array($base, $this->supported, true)) {
                        $match = $base;
                        break;
                    }
                }
                $result = new NegotiatedLocale($match, 'header', $candidates);
            }

            $this->resolved[$request] = $result;

            return $result;
        }

        /** @return list<string> */
        private function parseAcceptLanguage(string $header): array
        {
            $weighted = [];
            foreach (explode(',', $header) as $part) {
                $bits = explode(';q=', trim($part));
                if ($bits[0] !== '') {
                    $weighted[$bits[0]] = isset($bits[1]) ? (float) $bits[1] : 1.0;
                }
            }
            arsort($weighted);

            return array_keys($weighted);
        }
    }

    final class Translator
    {
        private array $catalogue = [
            'en' => ['greeting' => 'Welcome back, %s'],
            'de' => ['greeting' => 'Willkommen zurück, %s'],
            'fr' => ['greeting' => 'Bon retour, %s'],
        ];

        public function __construct(private readonly LocaleNegotiator $negotiator)
        {
        }

        public function trans(ServerRequest $request, string $key, array $params = []): string
        {
            $locale = $this->negotiator->negotiate($request)->locale;

            return vsprintf($this->catalogue[$locale][$key] ?? $key, $params);
        }
    }
}

namespace {
    use App\I18n\LocaleNegotiator;
    use App\I18n\Translator;
    use React\Http\HttpServer;
    use React\Http\Message\Response;
    use React\Http\Message\ServerRequest;

    $negotiator = new LocaleNegotiator(['en', 'de', 'fr'], 'en');
    $translator = new Translator($negotiator);

    $server = new HttpServer(static function (ServerRequest $request) use ($negotiator, $translator): Response {
        $locale = $negotiator->negotiate($request);
        $body = '<h1>' . htmlspecialchars($translator->trans($request, 'greeting', ['member #' . substr($request->getUri(), 9)])) . '</h1>';

        return new Response(200, ['Content-Language' => $locale->locale, 'Vary' => 'Accept-Language, Cookie'], $body);
    });

    $languages = ['de-DE,de;q=0.9,en;q=0.7', 'fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5', 'en-GB,en;q=0.9', 'pt-BR,pt;q=0.9'];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $server->emit(new ServerRequest('GET', '/account/' . $i, [
            'accept-language' => $languages[$i % 4],
            'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0',
        ], $i % 5 === 0 ? ['locale' => 'de'] : []));
    }
}
