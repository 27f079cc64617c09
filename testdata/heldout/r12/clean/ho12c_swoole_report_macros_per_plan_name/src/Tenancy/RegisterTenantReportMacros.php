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
        $name = 'totalsFor' . ucfirst($tenant->plan->value);
        $columns = $tenant->reportColumns;

        ReportQuery::macro($name, function () use ($columns): ReportQuery {
            $this->select = $columns;

            return $this;
        });

        return $name;
    }
}
