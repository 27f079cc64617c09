<?php

declare(strict_types=1);

namespace App\Http;

use App\Cache\FragmentKey;
use App\Cms\BlockRenderer;
use App\Cms\PageRepository;
use App\Facades\Fragments;
use OctaneLite\Request;

final class PageController
{
    public function __construct(
        private PageRepository $pages,
        private BlockRenderer $renderer,
    ) {
    }

    public function show(Request $request): string
    {
        $page = $this->pages->findBySlug($request->segment(2, '0-home'));
        $locale = FragmentKey::locale($request->header('Accept-Language', 'en'));

        $html = '';
        foreach ($page->blocks as $block) {
            $key = FragmentKey::forBlock($page, $block, $locale);
            $render = fn (): string => $this->renderer->render($page, $block, $locale);
            $html .= $key === null ? $render() : Fragments::remember($key, $render);
        }

        return '<main>' . $html . '</main>';
    }
}
