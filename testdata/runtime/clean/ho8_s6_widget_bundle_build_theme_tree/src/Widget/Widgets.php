<?php
namespace App\Widget;

interface Widget
{
    public function name(): string;
    public function data(array $filters): array;
}

final class SignupsWidget implements Widget
{
    public function name(): string { return 'signups'; }
    public function data(array $filters): array { return ['title' => "Signups for {$filters['team']}", 'series' => range(100, 130)]; }
}

final class RevenueWidget implements Widget
{
    public function name(): string { return 'revenue'; }
    public function data(array $filters): array { return ['title' => "Revenue {$filters['period']}", 'series' => range(5000, 5300, 10)]; }
}
