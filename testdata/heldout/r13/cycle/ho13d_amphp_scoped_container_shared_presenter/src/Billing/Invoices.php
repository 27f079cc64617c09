<?php

declare(strict_types=1);

namespace App\Billing;

use Amp\Http\Server\Request;
use App\Container\ContainerInterface;

final class InvoiceRepository
{
    public function find(string $tenant, int $number): array
    {
        return [
            'number' => $number,
            'tenant' => $tenant,
            'lines' => [
                ['text' => 'Hosting plan Business (monthly)', 'net' => 4900],
                ['text' => 'Additional storage 200 GB', 'net' => 1500],
            ],
        ];
    }
}

final class MoneyFormatter
{
    public function format(int $cents, string $locale): string
    {
        return number_format($cents / 100, 2, str_starts_with($locale, 'de') ? ',' : '.', '') . ' EUR';
    }
}

/** Resolves its collaborators lazily: most requests only need some of them. */
final class InvoicePresenter
{
    public function __construct(
        private readonly ContainerInterface $container, // leak
        private readonly Request $request,
    ) {
    }

    public function render(): string
    {
        $invoice = $this->container->get(InvoiceRepository::class)
            ->find($this->request->getAttribute('tenant'), $this->request->getAttribute('invoice'));
        $money = $this->container->get(MoneyFormatter::class);
        $locale = substr($this->request->getHeader('accept-language') ?? 'en', 0, 5);

        $html = "<h1>Invoice {$invoice['number']}</h1><ul>";
        foreach ($invoice['lines'] as $line) {
            $html .= '<li>' . htmlspecialchars($line['text']) . ': ' . $money->format($line['net'], $locale) . '</li>';
        }

        return $html . '</ul>';
    }
}

final class BillingServiceProvider
{
    public function register(\App\Container\Container $container): void
    {
        $repository = new InvoiceRepository();
        $money = new MoneyFormatter();
        $container->factory(InvoiceRepository::class, static fn (): InvoiceRepository => $repository);
        $container->factory(MoneyFormatter::class, static fn (): MoneyFormatter => $money);
        $container->share(InvoicePresenter::class, static fn (ContainerInterface $c): InvoicePresenter => new InvoicePresenter($c, $c->get(Request::class))); // leak
    }
}
