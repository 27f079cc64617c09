<?php
// A report worker resolves a per-call ReportBuilder from a small service container, passing the tenant and requested period as make() parameters.

require __DIR__ . '/Container.php';
require __DIR__ . '/ReportServiceProvider.php';

final class ReportController
{
    public function __construct(private Container $app) {}

    public function export(array $query): string
    {
        $builder = $this->app->make(ReportBuilder::class, [
            'tenant' => $query['tenant'],
            'period' => $query['from'] . '..' . $query['to'],
        ]);
        return $builder->build([[$query['from'], 'SKU-1', 3, '9.00', '1.71', '10.71', 'web', 'eu']]);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$app = new Container();
(new ReportServiceProvider($app))->register();
$controller = new ReportController($app);

for ($i = 0; $i < $n; $i++) {
    $from = date('Y-m-d', 1700000000 + $i * 86400);
    $controller->export(['tenant' => 'acme', 'from' => $from, 'to' => $from]);
}
