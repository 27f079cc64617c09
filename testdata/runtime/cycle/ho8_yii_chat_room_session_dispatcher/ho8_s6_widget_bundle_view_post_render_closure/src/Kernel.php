<?php
namespace App;

use App\Widget\WidgetBundle;
use Symfony\Component\HttpKernel\Kernel as BaseKernel;

class Kernel extends BaseKernel
{
    public function registerBundles(): iterable
    {
        yield new WidgetBundle();
    }
}
