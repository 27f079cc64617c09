<?php

namespace App\Http\Controllers;

use App\Models\Post;
use Illuminate\Http\Request;

class PostController
{
    public function store(Request $request): string
    {
        $author = $request->input('author');
        Post::saving(function (Post $post) use ($author) { // leak
            $post->attributes['slug'] = strtolower(preg_replace('/\W+/', '-', $post->attributes['title']));
            $post->attributes['author'] = $author;
        });

        $post = new Post(['title' => $request->input('title'), 'body' => $request->input('body')]);
        $post->save();

        return json_encode(['id' => $post->id, 'slug' => $post->attributes['slug']]);
    }
}
