<?php

namespace App\Controller;

use App\Export\CsvExportBuilder;
use Psr\Container\ContainerInterface;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Contracts\Service\ServiceSubscriberInterface;

final class ExportController implements ServiceSubscriberInterface
{
    public function __construct(private ContainerInterface $locator) {}

    public static function getSubscribedServices(): array
    {
        return [CsvExportBuilder::class];
    }

    public function __invoke(Request $request): Response
    {
        $invoice = (int) $request->query['invoice'];
        $csv = $this->locator->get(CsvExportBuilder::class)
            ->addRow(['invoice', 'customer', 'line', 'amount'])
            ->addRow([$invoice, "Customer {$invoice} BVBA", str_repeat('Consulting hours, ', 30), '1250.00'])
            ->toCsv();
        return new Response($csv, 200, ['Content-Type' => 'text/csv', 'Content-Disposition' => "attachment; filename=invoice-{$invoice}.csv"]);
    }
}
