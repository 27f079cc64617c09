<?php
// Container compiled from config/services.php.

use Symfony\Component\DependencyInjection\Argument\RewindableGenerator;
use Symfony\Component\DependencyInjection\Container;
use Symfony\Component\HttpKernel\DependencyInjection\ServicesResetter;

class App_KernelProdContainer extends Container
{
    public function __construct()
    {
        $this->methodMap = ['App\Controller\PageController' => 'getPageControllerService', 'services_resetter' => 'getServicesResetterService'];
    }

    protected function getPageControllerService(): \App\Controller\PageController
    {
        $this->services['App\Cms\Markdown\MarkdownRenderer'] = $renderer = new \App\Cms\Markdown\MarkdownRenderer();
        $renderer->addExtension($this->services['App\Cms\Markdown\TocExtension'] ??= new \App\Cms\Markdown\TocExtension());
        return $this->services['App\Controller\PageController'] = new \App\Controller\PageController($renderer);
    }

    protected function getServicesResetterService(): ServicesResetter
    {
        return $this->services['services_resetter'] = new ServicesResetter(new RewindableGenerator(function () {
            if (isset($this->services['App\Cms\Markdown\MarkdownRenderer'])) {
                yield 'App\Cms\Markdown\MarkdownRenderer' => $this->services['App\Cms\Markdown\MarkdownRenderer'];
            }
        }, 1), ['App\Cms\Markdown\MarkdownRenderer' => 'reset']);
    }
}
