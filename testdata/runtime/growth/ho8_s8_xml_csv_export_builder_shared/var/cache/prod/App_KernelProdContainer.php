<?php
// Container compiled from config/services.xml.

use Symfony\Component\DependencyInjection\Container;
use Symfony\Component\DependencyInjection\ServiceLocator;

class App_KernelProdContainer extends Container
{
    public function __construct()
    {
        $this->methodMap = ['App\Controller\ExportController' => 'getExportControllerService'];
    }

    protected function getCsvExportBuilderService(): \App\Export\CsvExportBuilder
    {
        return $this->services['App\Export\CsvExportBuilder'] = new \App\Export\CsvExportBuilder();
    }

    protected function getExportControllerService(): \App\Controller\ExportController
    {
        return $this->services['App\Controller\ExportController'] = new \App\Controller\ExportController(new ServiceLocator([
            'App\Export\CsvExportBuilder' => fn () => $this->services['App\Export\CsvExportBuilder'] ?? $this->getCsvExportBuilderService(),
        ]));
    }
}
