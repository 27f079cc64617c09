<?php
// Container compiled from config/services.yaml.

use Symfony\Component\DependencyInjection\Container;

class App_KernelProdContainer extends Container
{
    public function __construct()
    {
        $this->methodMap = ['App\Controller\InvoiceController' => 'getInvoiceControllerService'];
    }

    protected function getTaxCalculatorService(): \App\Billing\TaxCalculator
    {
        $this->services['App\Billing\TaxCalculator'] = $instance = new \App\Billing\TaxCalculator();
        $instance->setRateProvider($this->services['App\Billing\RateProvider'] ??= new \App\Billing\RateProvider());
        $instance->setRoundingMode(PHP_ROUND_HALF_EVEN);
        return $instance;
    }

    protected function getInvoiceControllerService(): \App\Controller\InvoiceController
    {
        $calculator = $this->services['App\Billing\TaxCalculator'] ?? $this->getTaxCalculatorService();
        return $this->services['App\Controller\InvoiceController'] = new \App\Controller\InvoiceController($calculator);
    }
}
