<?php

declare(strict_types=1);

namespace App\Tenancy;

use App\Reports\ReportQuery;

/**
 * Adds the tenant's "totals" report to the query builder for this request.
 */
final class RegisterTenantReportMacros
{
    public function register(Tenant $tenant): string
    {
        $name = 'totalsFor' . str_replace('-', '', ucwords($tenant->slug, '-'));
        $columns = $tenant->reportColumns;

        ReportQuery::macro($name, function () use ($columns): ReportQuery { // leak
            $this->select = $columns;

            return $this;
        });

        return $name;
    }
}
