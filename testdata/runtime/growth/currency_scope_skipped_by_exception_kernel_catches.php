<?php

declare(strict_types=1);

// A controller pushes the request's currency scope and pops it at the
// end; a quote that is not found throws in between, and the kernel turns
// the exception into a 404 response: the scope stays on the stack.

final class QuoteNotFound extends RuntimeException
{
}

final class CurrencyStack
{
    /** @var list<array{code: string, rates: string}> */
    private array $scopes = [];

    public function push(string $code): void
    {
        $this->scopes[] = ['code' => $code, 'rates' => str_repeat("{$code}:1.0834;", 110)]; // leak
    }

    public function pop(): void
    {
        array_pop($this->scopes);
    }
}

final class QuoteController
{
    public function __construct(private CurrencyStack $currencies)
    {
    }

    public function show(int $id, string $currency): string
    {
        $this->currencies->push($currency);
        $quote = $this->find($id);
        $this->currencies->pop();

        return $quote;
    }

    private function find(int $id): string
    {
        if ($id % 2 === 0) {
            throw new QuoteNotFound("quote {$id} expired");
        }

        return "quote {$id}";
    }
}

final class Kernel
{
    public int $errors = 0;

    public function __construct(private QuoteController $quotes)
    {
    }

    public function handle(array $request): string
    {
        try {
            return $this->quotes->show($request['id'], $request['currency']);
        } catch (QuoteNotFound $e) {
            $this->errors++;

            return '404';
        }
    }
}

$kernel = new Kernel(new QuoteController(new CurrencyStack()));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(['id' => $i, 'currency' => ['EUR', 'USD'][$i % 2]]);
}
