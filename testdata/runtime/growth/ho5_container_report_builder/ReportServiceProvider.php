<?php

final class ReportBuilder
{
    private array $columns = [];

    public function __construct(
        private string $tenant,
        private string $period,
        private array $settings,
    ) {
        foreach (['date', 'sku', 'quantity', 'net', 'tax', 'gross', 'channel', 'region'] as $column) {
            $this->columns[$column] = sprintf('%s.%s.%s', $tenant, $period, $column);
        }
    }

    public function build(array $rows): string
    {
        $out = implode(';', array_keys($this->columns)) . "\n";
        foreach ($rows as $row) {
            $out .= implode(';', $row) . "\n";
        }
        return $out;
    }
}

final class ReportServiceProvider
{
    public function __construct(private Container $app) {}

    public function register(): void
    {
        $this->app->instance('config.reports', new ArrayObject(['currency' => 'EUR', 'decimals' => 2]));

        $this->app->singleton(ReportBuilder::class, static function (Container $c, array $params): ReportBuilder {
            $settings = $c->make('config.reports')->getArrayCopy();
            return new ReportBuilder($params['tenant'], $params['period'], $settings);
        });
    }
}
