<?php
namespace App\Controller\Admin;

use App\PageBuilder\Block;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

final class PageEditorController extends AbstractController
{
    #[Route('/admin/pages/{slug}/edit', name: 'admin_page_edit')]
    public function edit(string $slug): Response
    {
        $page = new Block('page', ['slug' => $slug, 'title' => ucwords(str_replace('-', ' ', $slug))]);
        $hero = new Block('section', ['background' => '#0b3d91', 'padding' => 'xl']);
        $hero->append(new Block('heading', ['text' => 'Spring arrivals are here', 'level' => 1]));
        $hero->append(new Block('richtext', ['html' => str_repeat('<p>Fresh colours, light fabrics and free returns.</p>', 8)]));
        $page->append($hero);

        return $this->render('admin/page/edit.html.twig', ['slug' => $slug, 'tree' => $page->toArray()]);
    }
}
