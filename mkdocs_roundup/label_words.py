"""The words of labels by the role they give (``Speaker:``, ``Slides:``, ``Talk:``), in the
languages talk pages are written in; ``labels:`` in the configuration adds to them
(:func:`mkdocs_roundup.labels.label_table`).
"""

from __future__ import annotations

LABELS: dict[str, tuple[str, ...]] = {
    "speakers": (
        # en
        "speaker", "speakers", "speaker(s)", "presenter", "presenters", "presented by",
        "panelist", "panelists", "panellist", "panellists", "moderator", "moderators", "host",
        "hosts", "by", "keynote speaker", "keynote speakers", "invited speaker",
        "invited speakers", "guest speaker", "guest speakers", "speaker name", "speaker names",
        "presenter name", "name of the speaker",
        # de
        "referent", "referentin", "referenten", "referent*innen", "sprecher", "sprecherin",
        "vortragende", "vortragender", "redner", "rednerin", "von",
        # fr
        "intervenant", "intervenante", "intervenants", "orateur", "oratrice", "orateurs",
        "conférencier", "conférencière", "conférenciers", "présenté par", "par",
        # es
        "ponente", "ponentes", "orador", "oradora", "oradores", "presentado por", "por",
        # pt
        "palestrante", "palestrantes", "apresentador", "apresentadora", "apresentado por",
        # ja, zh
        "講演者", "登壇者", "発表者", "スピーカー", "讲者", "講者", "演讲者", "主讲人", "分享者", "讲师",
        "分享嘉宾", "演讲嘉宾", "演者", "講師", "分享讲师", "主讲", "主讲嘉宾",
        # ko, it, nl, pl, ru
        "발표자", "연사", "강연자", "relatore", "relatrice", "relatori", "spreker", "sprekers",
        "prelegent", "prelegentka", "prelegenci", "докладчик", "докладчики", "спикер", "спикеры",
        # id, vi, tr, uk
        "pembicara", "pemateri", "narasumber", "diễn giả", "người trình bày", "người điều phối",
        "thành viên tọa đàm", "konuşmacı", "konuşmacılar", "доповідач", "доповідачі", "спікер",
        "спікери",
        # sv, hu, cs, sk
        "talare", "föreläsare", "előadó", "előadók", "přednášející", "řečník",
        "prednášajúci", "rečník", "rečníci",
    ),
    "title": (
        "talk", "title", "topic", "talk title", "topic title", "session title", "session",
        "vortrag", "titel", "thema", "titre", "sujet", "charla", "título", "tema", "ponencia",
        "palestra", "タイトル", "演題", "講演タイトル", "発表タイトル", "登壇タイトル", "発表", "题目", "題目", "標題", "标题", "主题", "議題",
        "제목", "주제", "발표", "발표 제목", "발표 주제", "세션명", "세션 제목", "세션 내용", "세션내용",
        "セッション名", "titolo", "titel van de talk", "temat",
        "tytuł", "тема", "доклад", "название",
        "judul", "topik", "chủ đề", "tiêu đề", "konu", "başlık", "назва", "доповідь",
        "föredrag", "előadás", "cím", "přednáška", "název", "prednáška", "prezentácia",
    ),
    "slides": (
        "slides", "slide", "deck", "slide deck", "slides with notes", "presentation slides",
        "pdf", "presentation", "folien", "präsentation", "diapositives", "diapos", "transparents",
        "transparencias", "transpas",
        "support", "diapositivas", "presentación", "apresentação", "material apresentado",
        "material da apresentação", "material presentado", "スライド", "資料", "講演資料",
        "発表資料", "登壇資料", "スライド資料", "使用されたスライド",
        "幻灯片", "投影片", "簡報", "简报", "讲稿", "ppt", "ppt下载", "幻灯片下载", "讲稿下载",
        "발표 자료", "발표자료", "슬라이드", "자료", "slajdy", "prezentacja", "слайды", "презентация",
        "salindia", "tài liệu", "slaytlar", "slayt", "слайди", "презентація",
        "diák", "prezentáció", "bilder", "prezentace", "slidy",
        # emoji, as shortcodes and as written
        ":notebook:", ":page_facing_up:", ":bar_chart:", ":clipboard:", ":open_book:", ":book:",
        "📓", "📊", "📑", "📄", "📖", "📝",
    ),
    "video": (
        "video", "videos", "recording", "recordings", "watch", "replay", "screencast",
        "video + demo", "youtube", "vimeo", "aufzeichnung", "mitschnitt", "aufnahme", "vidéo",
        "enregistrement", "captation", "vídeo", "grabación", "gravação", "動画", "録画",
        "ビデオ", "视频", "視頻", "錄影", "录像", "影片", "录屏", "錄屏", "回放", "直播回放",
        "영상", "동영상", "발표 영상", "녹화", "registrazione", "opname", "nagranie", "wideo",
        "видео", "запись",
        "rekaman", "ghi hình", "kayıt", "відео",
        # hu, sv, cs
        "videó", "felvétel", "videofelvétel", "inspelning", "videon", "záznam", "videa",
        "webm", "mp4", ":movie_camera:", ":video_camera:", ":film_projector:", ":clapper:", ":tv:", ":vhs:",
        "🎥", "📹", "📽️", "📽", "🎬", "📺", "📼",
    ),
    "abstract": (
        "description", "abstract", "summary", "session description", "beschreibung",
        "zusammenfassung", "résumé", "resumen", "descripción", "resumo", "descrição", "概要", "要旨",
        "简介", "簡介", "摘要", "소개", "요약", "발표 소개", "descrizione", "sommario",
        "议题简介", "议题介绍", "演讲简介", "内容简介",
        "beschrijving", "samenvatting", "opis", "streszczenie", "описание", "аннотация",
        "deskripsi", "ringkasan", "mô tả", "tóm tắt", "özet", "açıklama", "опис", "анотація",
    ),
    "bio": (
        "bio", "bios", "speaker bio", "speaker bios", "speakers bios", "speakers bio",
        "about the speaker", "about the speakers", "about speaker", "about speakers", "über", "biographie", "biografía",
        "biografia", "略歴", "プロフィール", "讲者简介", "讲者介绍", "讲师简介", "讲师介绍", "嘉宾简介",
        "嘉宾介绍", "발표자 소개", "약력", "o prelegencie", "о докладчике",
    ),
    "organizations": (
        "affiliation", "affiliations", "speaker affiliation", "organization", "organisation",
        "institution", "institutions", "institución", "instituição", "institut",
        "company", "employer", "firma", "unternehmen", "arbeitgeber", "entreprise", "société",
        "empresa", "organización", "organização", "所属", "公司", "单位", "소속", "организация",
        "компания", "tổ chức", "công ty", "azienda", "organizzazione", "organisatie", "bedrijf",
        "organizacja", "afiliacja", "organizace", "společnost",
    ),
    "authors": ("author", "authors", "autor", "autoren", "auteur", "auteurs", "autores", "作者"),
    "other": (
        "event", "venue", "where", "when", "date",
        "code", "repo", "repository", "website", "article", "blog",
        "artikel", "artículo", "artigo", "articolo", "artykuł", "статья", "стаття", "記事",
        "文章", "기사", "makale", "blog post", "blogpost", "post", "paper", "papers",
        "the paper", "whitepaper", "preprint", "論文", "论文",
        "veranstaltung", "événement", "evento", "イベント", "活动", "時間", "time",
        "fecha", "datum", "data", "时间", "日期", "日付", "開催日", "開催日時", "日時", "分享时间",
        "演讲时间", "audience",
        "听众", "público",
        "publikum", "zielgruppe", "script", "demo", "location", "ort", "lieu", "lugar", "local", "place",
        "city", "town", "country", "stadt", "ville", "ciudad", "cidade", "città",
        "room", "raum", "salle", "sala", "場所", "会場", "地点", "地點",
        "source", "sources", "source code", "examples", "notes", "transcript", "write-up",
        "reference", "references", "artifact", "artifacts", "artefact", "artefacts",
        "supplementary material", "supplementary", "materiales", "materiais", "matériel", "materialien",
        "unterlagen", "materiały", "материалы",
        "参考", "参考資料", "関連",
        "writeup", "quelltext", "código", "código fuente", "código fonte", "code source",
        "discussion", "comments", "hn", "notebook", "notebooks", "handout", "handouts", "cheatsheet",
        "audio", "audio-version", "audio version", "audioversion", "áudio",
        "cheat sheet", "discussion notes", "meeting notes", "minutes", "토론 기록", "회의록",
        "議事録", "会议记录",
        "발표 일시", "일시", "날짜", "발표 장소", "장소", "행사", "주최", "코드", "luogo",
        "locatie", "miejsce", "wydarzenie", "место", "дата", "мероприятие",
        "plats", "tid", "helyszín", "időpont", "místo", "čas", "kdy", "kedy", "miesto",
        "dátum",
        # how long, and the channel a video is on: neither says who speaks nor what about
        "duration", "length", "dauer", "länge", "durée", "duración", "duração", "durata",
        "duur", "czas trwania", "продолжительность", "тривалість", "所要時間", "时长", "時長",
        "소요 시간", "channel", "kanal", "canal", "canale", "канал", "チャンネル", "频道", "頻道",
        "채널",
        # who organizes the event: no speaker ("Organiza: Universidad …, Programa …")
        "organizer", "organizers", "organiser", "organisers", "organized by", "organised by",
        "organiza", "organizan", "organizado por", "organizada por", "organisé par",
        "organisateur", "veranstalter", "主办", "主催",
    ),
}  # fmt: skip
"""Label words by role, casefolded; ``labels:`` in the configuration adds to them."""
