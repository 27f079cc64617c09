<?php

declare(strict_types=1);

require __DIR__ . '/src/Support/Macroable.php';
require __DIR__ . '/src/Reports/ReportQuery.php';
require __DIR__ . '/src/Tenancy/Tenant.php';
require __DIR__ . '/src/Tenancy/RegisterTenantReportMacros.php';
require __DIR__ . '/src/Swoole/Server.php';

use App\Reports\ReportQuery;
use App\Tenancy\RegisterTenantReportMacros;
use App\Tenancy\TenantResolver;
use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;

$resolver = new TenantResolver();
$macros = new RegisterTenantReportMacros();

$server = new Server('0.0.0.0', 9501);
$server->on('request', static function (Request $request, Response $response) use ($resolver, $macros): void {
    $tenant = $resolver->fromHost($request->header['host']);
    $macro = $macros->register($tenant);

    $query = new ReportQuery("{$tenant->slug}_orders");
    $response->end($query->{$macro}()->toSql());
});

$server->start((int) (getenv('PHPLEAK_N') ?: 100));
