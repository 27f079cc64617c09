<?php
namespace App;

use App\Monitoring\MonitoringBundle;
use Symfony\Component\HttpKernel\Kernel as BaseKernel;

class Kernel extends BaseKernel
{
    public function registerBundles(): iterable
    {
        yield new MonitoringBundle();
    }
}
